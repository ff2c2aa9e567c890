import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "audit_checkpoints" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"seq" numeric NOT NULL,
  	"hash" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"signature" varchar NOT NULL,
  	"public_key" varchar NOT NULL,
  	"user_id" varchar NOT NULL,
  	"key_version" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_checkpoints_id" uuid;
  CREATE UNIQUE INDEX "audit_checkpoints_seq_idx" ON "audit_checkpoints" USING btree ("seq");
  CREATE INDEX "audit_checkpoints_updated_at_idx" ON "audit_checkpoints" USING btree ("updated_at");
  CREATE INDEX "audit_checkpoints_created_at_idx" ON "audit_checkpoints" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_checkpoints_fk" FOREIGN KEY ("audit_checkpoints_id") REFERENCES "public"."audit_checkpoints"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_checkpoints_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_checkpoints_id");`)
  // Checkpoints are append-only like the log (the function comes from the audit_log migration).
  await db.execute(sql`
  CREATE TRIGGER "audit_checkpoints_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_checkpoints" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_checkpoints_no_truncate" BEFORE TRUNCATE ON "audit_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_checkpoints" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_checkpoints" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_checkpoints_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_checkpoints_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_checkpoints_id";`)
}
