import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_safety_scans_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_safety_scans_trigger" AS ENUM('dictionary', 'manual');
  CREATE TABLE "safety_scans" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"status" "enum_safety_scans_status" DEFAULT 'queued' NOT NULL,
  	"trigger" "enum_safety_scans_trigger" DEFAULT 'dictionary' NOT NULL,
  	"requested_by_id" uuid,
  	"dictionary_version" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"documents" numeric,
  	"total" numeric,
  	"new_findings" numeric,
  	"block_count" numeric,
  	"review_count" numeric,
  	"notice_count" numeric,
  	"error" varchar,
  	"findings" jsonb,
  	"keys" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "safety_scans_id" uuid;
  ALTER TABLE "safety_scans" ADD CONSTRAINT "safety_scans_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "safety_scans_requested_by_idx" ON "safety_scans" USING btree ("requested_by_id");
  CREATE INDEX "safety_scans_updated_at_idx" ON "safety_scans" USING btree ("updated_at");
  CREATE INDEX "safety_scans_created_at_idx" ON "safety_scans" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_safety_scans_fk" FOREIGN KEY ("safety_scans_id") REFERENCES "public"."safety_scans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_safety_scans_id_idx" ON "payload_locked_documents_rels" USING btree ("safety_scans_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "safety_scans" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "safety_scans" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_safety_scans_fk";
  
  DROP INDEX "payload_locked_documents_rels_safety_scans_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "safety_scans_id";
  DROP TYPE "public"."enum_safety_scans_status";
  DROP TYPE "public"."enum_safety_scans_trigger";`)
}
