import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflow_schedules_status" AS ENUM('pending', 'done', 'failed', 'cancelled');
  CREATE TABLE "workflow_schedules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"transition" varchar NOT NULL,
  	"transition_label" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" uuid NOT NULL,
  	"comment" varchar,
  	"version" varchar NOT NULL,
  	"status" "enum_workflow_schedules_status" DEFAULT 'pending' NOT NULL,
  	"result" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "workflow_schedules" ADD CONSTRAINT "workflow_schedules_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workflow_schedules_collection_slug_idx" ON "workflow_schedules" USING btree ("collection_slug");
  CREATE INDEX "workflow_schedules_document_id_idx" ON "workflow_schedules" USING btree ("document_id");
  CREATE INDEX "workflow_schedules_at_idx" ON "workflow_schedules" USING btree ("at");
  CREATE INDEX "workflow_schedules_actor_idx" ON "workflow_schedules" USING btree ("actor_id");
  CREATE INDEX "workflow_schedules_status_idx" ON "workflow_schedules" USING btree ("status");
  CREATE INDEX "workflow_schedules_updated_at_idx" ON "workflow_schedules" USING btree ("updated_at");
  CREATE INDEX "workflow_schedules_created_at_idx" ON "workflow_schedules" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "workflow_schedules" CASCADE;
  DROP TYPE "public"."enum_workflow_schedules_status";`)
}
