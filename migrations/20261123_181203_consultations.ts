import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consultations_topic" AS ENUM('policy', 'market', 'compliance', 'finance', 'other');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('pending', 'answered', 'closed');
  CREATE TYPE "public"."enum_consultations_safety_flag" AS ENUM('clean', 'flagged');
  CREATE TABLE "consultations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"subject" varchar NOT NULL,
  	"topic" "enum_consultations_topic" NOT NULL,
  	"question" varchar NOT NULL,
  	"company" varchar,
  	"status" "enum_consultations_status" DEFAULT 'pending' NOT NULL,
  	"reply" varchar,
  	"contact_name_cipher" varchar,
  	"contact_name_index" varchar,
  	"contact_phone_cipher" varchar,
  	"contact_phone_index" varchar,
  	"safety_flag" "enum_consultations_safety_flag",
  	"safety_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultations_id" uuid;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "consultations_contact_name_index_idx" ON "consultations" USING btree ("contact_name_index");
  CREATE INDEX "consultations_contact_phone_index_idx" ON "consultations" USING btree ("contact_phone_index");
  CREATE INDEX "consultations_safety_flag_idx" ON "consultations" USING btree ("safety_flag");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations_rels_order_idx" ON "consultations_rels" USING btree ("order");
  CREATE INDEX "consultations_rels_parent_idx" ON "consultations_rels" USING btree ("parent_id");
  CREATE INDEX "consultations_rels_path_idx" ON "consultations_rels" USING btree ("path");
  CREATE INDEX "consultations_rels_countries_id_idx" ON "consultations_rels" USING btree ("countries_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consultations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultations_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultations_fk";
  
  DROP INDEX "payload_locked_documents_rels_consultations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultations_id";
  DROP TYPE "public"."enum_consultations_topic";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum_consultations_safety_flag";`)
}
