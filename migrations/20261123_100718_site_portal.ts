import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_status" AS ENUM('queued', 'running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_site_builds_mode" AS ENUM('full', 'partial');
  CREATE TABLE "site_builds_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reason" varchar,
  	"collection" varchar,
  	"doc_id" varchar
  );
  
  CREATE TABLE "site_builds" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"build_id" varchar,
  	"mode" "enum_site_builds_mode",
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"pages" numeric,
  	"build_ms" numeric,
  	"index_ms" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"site_name" varchar DEFAULT '海桥·企业走出去综合服务平台' NOT NULL,
  	"site_domain" varchar DEFAULT 'www.haiqiao.example.gov.cn' NOT NULL,
  	"site_url" varchar DEFAULT 'http://127.0.0.1:4321' NOT NULL,
  	"site_id_code" varchar DEFAULT '3100000000' NOT NULL,
  	"icp_number" varchar DEFAULT '沪ICP备00000000号',
  	"psb_number" varchar DEFAULT '沪公网安备 31000000000000号',
  	"organizer" varchar DEFAULT '上海市商务委员会（演示）' NOT NULL,
  	"operator" varchar DEFAULT '海桥平台运营中心（演示）',
  	"default_source" varchar DEFAULT '海桥平台',
  	"description" varchar DEFAULT '为企业“走出去”提供政策资讯、出海地图、办事指南、风险提示、金融与专业服务的一站式平台。',
  	"contact" varchar DEFAULT '服务热线 021-00000000（演示）',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" uuid;
  ALTER TABLE "site_builds_reasons" ADD CONSTRAINT "site_builds_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_builds_reasons_order_idx" ON "site_builds_reasons" USING btree ("_order");
  CREATE INDEX "site_builds_reasons_parent_id_idx" ON "site_builds_reasons" USING btree ("_parent_id");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_build_id_idx" ON "site_builds" USING btree ("build_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds_reasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds_reasons" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_site_builds_mode";`)
}
