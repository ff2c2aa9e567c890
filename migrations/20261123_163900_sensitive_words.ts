import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sensitive_words_kind" AS ENUM('word', 'allow');
  CREATE TYPE "public"."enum_sensitive_words_level" AS ENUM('block', 'review', 'notice');
  CREATE TYPE "public"."enum__sensitive_words_v_version_kind" AS ENUM('word', 'allow');
  CREATE TYPE "public"."enum__sensitive_words_v_version_level" AS ENUM('block', 'review', 'notice');
  CREATE TABLE "sensitive_words" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"word" varchar NOT NULL,
  	"kind" "enum_sensitive_words_kind" DEFAULT 'word' NOT NULL,
  	"category" varchar,
  	"level" "enum_sensitive_words_level" DEFAULT 'review',
  	"replacement" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_sensitive_words_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_word" varchar NOT NULL,
  	"version_kind" "enum__sensitive_words_v_version_kind" DEFAULT 'word' NOT NULL,
  	"version_category" varchar,
  	"version_level" "enum__sensitive_words_v_version_level" DEFAULT 'review',
  	"version_replacement" varchar,
  	"version_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sensitive_words_id" uuid;
  ALTER TABLE "_sensitive_words_v" ADD CONSTRAINT "_sensitive_words_v_parent_id_sensitive_words_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sensitive_words"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "sensitive_words_word_idx" ON "sensitive_words" USING btree ("word");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "_sensitive_words_v_parent_idx" ON "_sensitive_words_v" USING btree ("parent_id");
  CREATE INDEX "_sensitive_words_v_version_version_word_idx" ON "_sensitive_words_v" USING btree ("version_word");
  CREATE INDEX "_sensitive_words_v_version_version_updated_at_idx" ON "_sensitive_words_v" USING btree ("version_updated_at");
  CREATE INDEX "_sensitive_words_v_version_version_created_at_idx" ON "_sensitive_words_v" USING btree ("version_created_at");
  CREATE INDEX "_sensitive_words_v_created_at_idx" ON "_sensitive_words_v" USING btree ("created_at");
  CREATE INDEX "_sensitive_words_v_updated_at_idx" ON "_sensitive_words_v" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sensitive_words_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "_sensitive_words_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk";
  
  DROP INDEX "payload_locked_documents_rels_sensitive_words_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sensitive_words_id";
  DROP TYPE "public"."enum_sensitive_words_kind";
  DROP TYPE "public"."enum_sensitive_words_level";
  DROP TYPE "public"."enum__sensitive_words_v_version_kind";
  DROP TYPE "public"."enum__sensitive_words_v_version_level";`)
}
