import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_messages_channel" AS ENUM('email');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TABLE "messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"channel" "enum_messages_channel" DEFAULT 'email' NOT NULL,
  	"recipient_id" uuid,
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"kind" varchar,
  	"ref" varchar,
  	"status" "enum_messages_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone NOT NULL,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "workflow_history" ADD COLUMN "due_at" timestamp(3) with time zone;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "messages_recipient_idx" ON "messages" USING btree ("recipient_id");
  CREATE INDEX "messages_kind_idx" ON "messages" USING btree ("kind");
  CREATE INDEX "messages_ref_idx" ON "messages" USING btree ("ref");
  CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");
  CREATE INDEX "messages_next_attempt_at_idx" ON "messages" USING btree ("next_attempt_at");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "workflow_history_due_at_idx" ON "workflow_history" USING btree ("due_at");
  ALTER TABLE "articles" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "topics" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "risk_alerts" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_risk_alerts_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "projects" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_projects_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "service_guides" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_service_guides_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "countries" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "providers" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_providers_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "finance_products" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_finance_products_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "trainings" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "courseware" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_courseware_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "country_profiles" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_country_profiles_v" DROP COLUMN "version_workflow_reminded_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "messages" CASCADE;
  DROP INDEX "workflow_history_due_at_idx";
  ALTER TABLE "articles" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "risk_alerts" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_alerts_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "service_guides" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_service_guides_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "countries" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "providers" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_providers_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "finance_products" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_finance_products_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "trainings" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "courseware" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_courseware_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "country_profiles" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_country_profiles_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "workflow_history" DROP COLUMN "due_at";
  DROP TYPE "public"."enum_messages_channel";
  DROP TYPE "public"."enum_messages_status";`)
}
