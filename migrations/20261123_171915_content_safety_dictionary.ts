import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sensitive_words_kind" ADD VALUE 'typo' BEFORE 'allow';
  ALTER TYPE "public"."enum_sensitive_words_kind" ADD VALUE 'protected' BEFORE 'allow';
  ALTER TYPE "public"."enum_sensitive_words_kind" ADD VALUE 'outdated' BEFORE 'allow';
  ALTER TYPE "public"."enum_sensitive_words_kind" ADD VALUE 'retired' BEFORE 'allow';
  ALTER TYPE "public"."enum__sensitive_words_v_version_kind" ADD VALUE 'typo' BEFORE 'allow';
  ALTER TYPE "public"."enum__sensitive_words_v_version_kind" ADD VALUE 'protected' BEFORE 'allow';
  ALTER TYPE "public"."enum__sensitive_words_v_version_kind" ADD VALUE 'outdated' BEFORE 'allow';
  ALTER TYPE "public"."enum__sensitive_words_v_version_kind" ADD VALUE 'retired' BEFORE 'allow';
  CREATE TABLE "safety_acceptances" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"found" varchar NOT NULL,
  	"suggestion" varchar,
  	"accepted_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sensitive_words" ALTER COLUMN "level" DROP DEFAULT;
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_level" DROP DEFAULT;
  ALTER TABLE "sensitive_words" ADD COLUMN "source" varchar;
  ALTER TABLE "_sensitive_words_v" ADD COLUMN "version_source" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "safety_acceptances_id" uuid;
  ALTER TABLE "safety_acceptances" ADD CONSTRAINT "safety_acceptances_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "safety_acceptances_collection_slug_idx" ON "safety_acceptances" USING btree ("collection_slug");
  CREATE INDEX "safety_acceptances_document_id_idx" ON "safety_acceptances" USING btree ("document_id");
  CREATE INDEX "safety_acceptances_accepted_by_idx" ON "safety_acceptances" USING btree ("accepted_by_id");
  CREATE INDEX "safety_acceptances_updated_at_idx" ON "safety_acceptances" USING btree ("updated_at");
  CREATE INDEX "safety_acceptances_created_at_idx" ON "safety_acceptances" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_safety_acceptances_fk" FOREIGN KEY ("safety_acceptances_id") REFERENCES "public"."safety_acceptances"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_safety_acceptances_id_idx" ON "payload_locked_documents_rels" USING btree ("safety_acceptances_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "safety_acceptances" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "safety_acceptances" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_safety_acceptances_fk";
  
  ALTER TABLE "sensitive_words" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "sensitive_words" ALTER COLUMN "kind" SET DEFAULT 'word'::text;
  DROP TYPE "public"."enum_sensitive_words_kind";
  CREATE TYPE "public"."enum_sensitive_words_kind" AS ENUM('word', 'allow');
  ALTER TABLE "sensitive_words" ALTER COLUMN "kind" SET DEFAULT 'word'::"public"."enum_sensitive_words_kind";
  ALTER TABLE "sensitive_words" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_sensitive_words_kind" USING "kind"::"public"."enum_sensitive_words_kind";
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_kind" SET DATA TYPE text;
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_kind" SET DEFAULT 'word'::text;
  DROP TYPE "public"."enum__sensitive_words_v_version_kind";
  CREATE TYPE "public"."enum__sensitive_words_v_version_kind" AS ENUM('word', 'allow');
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_kind" SET DEFAULT 'word'::"public"."enum__sensitive_words_v_version_kind";
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_kind" SET DATA TYPE "public"."enum__sensitive_words_v_version_kind" USING "version_kind"::"public"."enum__sensitive_words_v_version_kind";
  DROP INDEX "payload_locked_documents_rels_safety_acceptances_id_idx";
  ALTER TABLE "sensitive_words" ALTER COLUMN "level" SET DEFAULT 'review';
  ALTER TABLE "_sensitive_words_v" ALTER COLUMN "version_level" SET DEFAULT 'review';
  ALTER TABLE "sensitive_words" DROP COLUMN "source";
  ALTER TABLE "_sensitive_words_v" DROP COLUMN "version_source";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "safety_acceptances_id";`)
}
