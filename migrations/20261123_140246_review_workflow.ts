import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflows_collections" AS ENUM('articles', 'topics', 'risk-alerts', 'projects', 'service-guides', 'countries', 'providers', 'finance-products', 'trainings', 'courseware', 'country-profiles');
  CREATE TYPE "public"."enum_workflows_states_kind" AS ENUM('draft', 'review', 'published', 'unpublished');
  CREATE TYPE "public"."enum_workflows_transitions_roles" AS ENUM('editor', 'reviewer', 'approver', 'serviceStaff', 'systemAdmin', 'securityAdmin', 'auditAdmin');
  CREATE TYPE "public"."enum_workflows_transitions_conditions_operator" AS ENUM('equals', 'notEquals');
  CREATE TYPE "public"."enum_workflows_transitions_notify" AS ENUM('author', 'assignees', 'nextReviewers');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'approver' BEFORE 'serviceStaff';
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "service_guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_service_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "countries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_countries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "finance_products_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_finance_products_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "courseware_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_courseware_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "country_profiles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "_country_profiles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "workflows_collections" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_workflows_collections",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "workflows_states" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"kind" "enum_workflows_states_kind" DEFAULT 'review' NOT NULL
  );
  
  CREATE TABLE "workflows_transitions_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_workflows_transitions_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "workflows_transitions_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"operator" "enum_workflows_transitions_conditions_operator" DEFAULT 'equals' NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "workflows_transitions_notify" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_workflows_transitions_notify",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "workflows_transitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"comment_required" boolean,
  	"distinct_reviewer" boolean,
  	"due_hours" numeric
  );
  
  CREATE TABLE "workflows" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflows_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "workflows_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "workflow_history" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"workflow_id" uuid,
  	"transition" varchar NOT NULL,
  	"transition_label" varchar,
  	"from" varchar,
  	"to" varchar NOT NULL,
  	"to_label" varchar,
  	"actor_id" uuid,
  	"actor_roles" varchar,
  	"comment" varchar,
  	"version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "articles_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "topics" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "topics" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "risk_alerts" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "risk_alerts" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "risk_alerts" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "risk_alerts_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_risk_alerts_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_risk_alerts_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_alerts_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_alerts_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "projects" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "projects" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "projects_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_projects_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_projects_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "service_guides" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "service_guides" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "service_guides" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_service_guides_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_service_guides_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_service_guides_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "countries" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "countries" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "countries" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_countries_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "providers" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "providers" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "providers" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "providers_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_providers_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_providers_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_providers_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_providers_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "finance_products" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "finance_products" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "finance_products" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_finance_products_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_finance_products_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_finance_products_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "trainings" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "trainings" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "trainings" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "trainings_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_trainings_v_rels" ADD COLUMN "users_id" uuid;
  ALTER TABLE "courseware" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "courseware" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "courseware" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_courseware_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_courseware_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_courseware_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "country_profiles" ADD COLUMN "workflow_state" varchar;
  ALTER TABLE "country_profiles" ADD COLUMN "workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "country_profiles" ADD COLUMN "workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "_country_profiles_v" ADD COLUMN "version_workflow_state" varchar;
  ALTER TABLE "_country_profiles_v" ADD COLUMN "version_workflow_due_at" timestamp(3) with time zone;
  ALTER TABLE "_country_profiles_v" ADD COLUMN "version_workflow_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflows_id" uuid;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_rels" ADD CONSTRAINT "service_guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_rels" ADD CONSTRAINT "service_guides_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_rels" ADD CONSTRAINT "_service_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_rels" ADD CONSTRAINT "_service_guides_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "countries_rels" ADD CONSTRAINT "countries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "countries_rels" ADD CONSTRAINT "countries_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_countries_v_rels" ADD CONSTRAINT "_countries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_countries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_countries_v_rels" ADD CONSTRAINT "_countries_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "finance_products_rels" ADD CONSTRAINT "finance_products_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."finance_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "finance_products_rels" ADD CONSTRAINT "finance_products_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_finance_products_v_rels" ADD CONSTRAINT "_finance_products_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_finance_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_finance_products_v_rels" ADD CONSTRAINT "_finance_products_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courseware_rels" ADD CONSTRAINT "courseware_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courseware"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courseware_rels" ADD CONSTRAINT "courseware_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courseware_v_rels" ADD CONSTRAINT "_courseware_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courseware_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courseware_v_rels" ADD CONSTRAINT "_courseware_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "country_profiles_rels" ADD CONSTRAINT "country_profiles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "country_profiles_rels" ADD CONSTRAINT "country_profiles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_country_profiles_v_rels" ADD CONSTRAINT "_country_profiles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_country_profiles_v_rels" ADD CONSTRAINT "_country_profiles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_collections" ADD CONSTRAINT "workflows_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_states" ADD CONSTRAINT "workflows_states_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_roles" ADD CONSTRAINT "workflows_transitions_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_conditions" ADD CONSTRAINT "workflows_transitions_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions_notify" ADD CONSTRAINT "workflows_transitions_notify_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_transitions" ADD CONSTRAINT "workflows_transitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_texts" ADD CONSTRAINT "workflows_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_rels" ADD CONSTRAINT "workflows_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflows_rels" ADD CONSTRAINT "workflows_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_history" ADD CONSTRAINT "workflow_history_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_history" ADD CONSTRAINT "workflow_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_users_id_idx" ON "topics_rels" USING btree ("users_id");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_users_id_idx" ON "_topics_v_rels" USING btree ("users_id");
  CREATE INDEX "service_guides_rels_order_idx" ON "service_guides_rels" USING btree ("order");
  CREATE INDEX "service_guides_rels_parent_idx" ON "service_guides_rels" USING btree ("parent_id");
  CREATE INDEX "service_guides_rels_path_idx" ON "service_guides_rels" USING btree ("path");
  CREATE INDEX "service_guides_rels_users_id_idx" ON "service_guides_rels" USING btree ("users_id");
  CREATE INDEX "_service_guides_v_rels_order_idx" ON "_service_guides_v_rels" USING btree ("order");
  CREATE INDEX "_service_guides_v_rels_parent_idx" ON "_service_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_service_guides_v_rels_path_idx" ON "_service_guides_v_rels" USING btree ("path");
  CREATE INDEX "_service_guides_v_rels_users_id_idx" ON "_service_guides_v_rels" USING btree ("users_id");
  CREATE INDEX "countries_rels_order_idx" ON "countries_rels" USING btree ("order");
  CREATE INDEX "countries_rels_parent_idx" ON "countries_rels" USING btree ("parent_id");
  CREATE INDEX "countries_rels_path_idx" ON "countries_rels" USING btree ("path");
  CREATE INDEX "countries_rels_users_id_idx" ON "countries_rels" USING btree ("users_id");
  CREATE INDEX "_countries_v_rels_order_idx" ON "_countries_v_rels" USING btree ("order");
  CREATE INDEX "_countries_v_rels_parent_idx" ON "_countries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_countries_v_rels_path_idx" ON "_countries_v_rels" USING btree ("path");
  CREATE INDEX "_countries_v_rels_users_id_idx" ON "_countries_v_rels" USING btree ("users_id");
  CREATE INDEX "finance_products_rels_order_idx" ON "finance_products_rels" USING btree ("order");
  CREATE INDEX "finance_products_rels_parent_idx" ON "finance_products_rels" USING btree ("parent_id");
  CREATE INDEX "finance_products_rels_path_idx" ON "finance_products_rels" USING btree ("path");
  CREATE INDEX "finance_products_rels_users_id_idx" ON "finance_products_rels" USING btree ("users_id");
  CREATE INDEX "_finance_products_v_rels_order_idx" ON "_finance_products_v_rels" USING btree ("order");
  CREATE INDEX "_finance_products_v_rels_parent_idx" ON "_finance_products_v_rels" USING btree ("parent_id");
  CREATE INDEX "_finance_products_v_rels_path_idx" ON "_finance_products_v_rels" USING btree ("path");
  CREATE INDEX "_finance_products_v_rels_users_id_idx" ON "_finance_products_v_rels" USING btree ("users_id");
  CREATE INDEX "courseware_rels_order_idx" ON "courseware_rels" USING btree ("order");
  CREATE INDEX "courseware_rels_parent_idx" ON "courseware_rels" USING btree ("parent_id");
  CREATE INDEX "courseware_rels_path_idx" ON "courseware_rels" USING btree ("path");
  CREATE INDEX "courseware_rels_users_id_idx" ON "courseware_rels" USING btree ("users_id");
  CREATE INDEX "_courseware_v_rels_order_idx" ON "_courseware_v_rels" USING btree ("order");
  CREATE INDEX "_courseware_v_rels_parent_idx" ON "_courseware_v_rels" USING btree ("parent_id");
  CREATE INDEX "_courseware_v_rels_path_idx" ON "_courseware_v_rels" USING btree ("path");
  CREATE INDEX "_courseware_v_rels_users_id_idx" ON "_courseware_v_rels" USING btree ("users_id");
  CREATE INDEX "country_profiles_rels_order_idx" ON "country_profiles_rels" USING btree ("order");
  CREATE INDEX "country_profiles_rels_parent_idx" ON "country_profiles_rels" USING btree ("parent_id");
  CREATE INDEX "country_profiles_rels_path_idx" ON "country_profiles_rels" USING btree ("path");
  CREATE INDEX "country_profiles_rels_users_id_idx" ON "country_profiles_rels" USING btree ("users_id");
  CREATE INDEX "_country_profiles_v_rels_order_idx" ON "_country_profiles_v_rels" USING btree ("order");
  CREATE INDEX "_country_profiles_v_rels_parent_idx" ON "_country_profiles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_country_profiles_v_rels_path_idx" ON "_country_profiles_v_rels" USING btree ("path");
  CREATE INDEX "_country_profiles_v_rels_users_id_idx" ON "_country_profiles_v_rels" USING btree ("users_id");
  CREATE INDEX "workflows_collections_order_idx" ON "workflows_collections" USING btree ("order");
  CREATE INDEX "workflows_collections_parent_idx" ON "workflows_collections" USING btree ("parent_id");
  CREATE INDEX "workflows_states_order_idx" ON "workflows_states" USING btree ("_order");
  CREATE INDEX "workflows_states_parent_id_idx" ON "workflows_states" USING btree ("_parent_id");
  CREATE INDEX "workflows_transitions_roles_order_idx" ON "workflows_transitions_roles" USING btree ("order");
  CREATE INDEX "workflows_transitions_roles_parent_idx" ON "workflows_transitions_roles" USING btree ("parent_id");
  CREATE INDEX "workflows_transitions_conditions_order_idx" ON "workflows_transitions_conditions" USING btree ("_order");
  CREATE INDEX "workflows_transitions_conditions_parent_id_idx" ON "workflows_transitions_conditions" USING btree ("_parent_id");
  CREATE INDEX "workflows_transitions_notify_order_idx" ON "workflows_transitions_notify" USING btree ("order");
  CREATE INDEX "workflows_transitions_notify_parent_idx" ON "workflows_transitions_notify" USING btree ("parent_id");
  CREATE INDEX "workflows_transitions_order_idx" ON "workflows_transitions" USING btree ("_order");
  CREATE INDEX "workflows_transitions_parent_id_idx" ON "workflows_transitions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "workflows_name_idx" ON "workflows" USING btree ("name");
  CREATE INDEX "workflows_updated_at_idx" ON "workflows" USING btree ("updated_at");
  CREATE INDEX "workflows_created_at_idx" ON "workflows" USING btree ("created_at");
  CREATE INDEX "workflows_texts_order_parent" ON "workflows_texts" USING btree ("order","parent_id");
  CREATE INDEX "workflows_rels_order_idx" ON "workflows_rels" USING btree ("order");
  CREATE INDEX "workflows_rels_parent_idx" ON "workflows_rels" USING btree ("parent_id");
  CREATE INDEX "workflows_rels_path_idx" ON "workflows_rels" USING btree ("path");
  CREATE INDEX "workflows_rels_users_id_idx" ON "workflows_rels" USING btree ("users_id");
  CREATE INDEX "workflow_history_collection_slug_idx" ON "workflow_history" USING btree ("collection_slug");
  CREATE INDEX "workflow_history_document_id_idx" ON "workflow_history" USING btree ("document_id");
  CREATE INDEX "workflow_history_workflow_idx" ON "workflow_history" USING btree ("workflow_id");
  CREATE INDEX "workflow_history_actor_idx" ON "workflow_history" USING btree ("actor_id");
  CREATE INDEX "workflow_history_updated_at_idx" ON "workflow_history" USING btree ("updated_at");
  CREATE INDEX "workflow_history_created_at_idx" ON "workflow_history" USING btree ("created_at");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_alerts_rels" ADD CONSTRAINT "risk_alerts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_alerts_v_rels" ADD CONSTRAINT "_risk_alerts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "providers_rels" ADD CONSTRAINT "providers_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_providers_v_rels" ADD CONSTRAINT "_providers_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflows_fk" FOREIGN KEY ("workflows_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "topics_workflow_state_idx" ON "topics" USING btree ("workflow_state");
  CREATE INDEX "_topics_v_version_version_workflow_state_idx" ON "_topics_v" USING btree ("version_workflow_state");
  CREATE INDEX "risk_alerts_workflow_state_idx" ON "risk_alerts" USING btree ("workflow_state");
  CREATE INDEX "risk_alerts_rels_users_id_idx" ON "risk_alerts_rels" USING btree ("users_id");
  CREATE INDEX "_risk_alerts_v_version_version_workflow_state_idx" ON "_risk_alerts_v" USING btree ("version_workflow_state");
  CREATE INDEX "_risk_alerts_v_rels_users_id_idx" ON "_risk_alerts_v_rels" USING btree ("users_id");
  CREATE INDEX "projects_workflow_state_idx" ON "projects" USING btree ("workflow_state");
  CREATE INDEX "projects_rels_users_id_idx" ON "projects_rels" USING btree ("users_id");
  CREATE INDEX "_projects_v_version_version_workflow_state_idx" ON "_projects_v" USING btree ("version_workflow_state");
  CREATE INDEX "_projects_v_rels_users_id_idx" ON "_projects_v_rels" USING btree ("users_id");
  CREATE INDEX "service_guides_workflow_state_idx" ON "service_guides" USING btree ("workflow_state");
  CREATE INDEX "_service_guides_v_version_version_workflow_state_idx" ON "_service_guides_v" USING btree ("version_workflow_state");
  CREATE INDEX "countries_workflow_state_idx" ON "countries" USING btree ("workflow_state");
  CREATE INDEX "_countries_v_version_version_workflow_state_idx" ON "_countries_v" USING btree ("version_workflow_state");
  CREATE INDEX "providers_workflow_state_idx" ON "providers" USING btree ("workflow_state");
  CREATE INDEX "providers_rels_users_id_idx" ON "providers_rels" USING btree ("users_id");
  CREATE INDEX "_providers_v_version_version_workflow_state_idx" ON "_providers_v" USING btree ("version_workflow_state");
  CREATE INDEX "_providers_v_rels_users_id_idx" ON "_providers_v_rels" USING btree ("users_id");
  CREATE INDEX "finance_products_workflow_state_idx" ON "finance_products" USING btree ("workflow_state");
  CREATE INDEX "_finance_products_v_version_version_workflow_state_idx" ON "_finance_products_v" USING btree ("version_workflow_state");
  CREATE INDEX "trainings_workflow_state_idx" ON "trainings" USING btree ("workflow_state");
  CREATE INDEX "trainings_rels_users_id_idx" ON "trainings_rels" USING btree ("users_id");
  CREATE INDEX "_trainings_v_version_version_workflow_state_idx" ON "_trainings_v" USING btree ("version_workflow_state");
  CREATE INDEX "_trainings_v_rels_users_id_idx" ON "_trainings_v_rels" USING btree ("users_id");
  CREATE INDEX "courseware_workflow_state_idx" ON "courseware" USING btree ("workflow_state");
  CREATE INDEX "_courseware_v_version_version_workflow_state_idx" ON "_courseware_v" USING btree ("version_workflow_state");
  CREATE INDEX "country_profiles_workflow_state_idx" ON "country_profiles" USING btree ("workflow_state");
  CREATE INDEX "_country_profiles_v_version_version_workflow_state_idx" ON "_country_profiles_v" USING btree ("version_workflow_state");
  CREATE INDEX "payload_locked_documents_rels_workflows_id_idx" ON "payload_locked_documents_rels" USING btree ("workflows_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_guides_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_service_guides_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "countries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_countries_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "finance_products_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_finance_products_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "courseware_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_courseware_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "country_profiles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_country_profiles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_collections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_states" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_transitions_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_transitions_conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_transitions_notify" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflows_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_history" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "service_guides_rels" CASCADE;
  DROP TABLE "_service_guides_v_rels" CASCADE;
  DROP TABLE "countries_rels" CASCADE;
  DROP TABLE "_countries_v_rels" CASCADE;
  DROP TABLE "finance_products_rels" CASCADE;
  DROP TABLE "_finance_products_v_rels" CASCADE;
  DROP TABLE "courseware_rels" CASCADE;
  DROP TABLE "_courseware_v_rels" CASCADE;
  DROP TABLE "country_profiles_rels" CASCADE;
  DROP TABLE "_country_profiles_v_rels" CASCADE;
  DROP TABLE "workflows_collections" CASCADE;
  DROP TABLE "workflows_states" CASCADE;
  DROP TABLE "workflows_transitions_roles" CASCADE;
  DROP TABLE "workflows_transitions_conditions" CASCADE;
  DROP TABLE "workflows_transitions_notify" CASCADE;
  DROP TABLE "workflows_transitions" CASCADE;
  DROP TABLE "workflows" CASCADE;
  DROP TABLE "workflows_texts" CASCADE;
  DROP TABLE "workflows_rels" CASCADE;
  DROP TABLE "workflow_history" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_users_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_users_fk";
  
  ALTER TABLE "risk_alerts_rels" DROP CONSTRAINT "risk_alerts_rels_users_fk";
  
  ALTER TABLE "_risk_alerts_v_rels" DROP CONSTRAINT "_risk_alerts_v_rels_users_fk";
  
  ALTER TABLE "projects_rels" DROP CONSTRAINT "projects_rels_users_fk";
  
  ALTER TABLE "_projects_v_rels" DROP CONSTRAINT "_projects_v_rels_users_fk";
  
  ALTER TABLE "providers_rels" DROP CONSTRAINT "providers_rels_users_fk";
  
  ALTER TABLE "_providers_v_rels" DROP CONSTRAINT "_providers_v_rels_users_fk";
  
  ALTER TABLE "trainings_rels" DROP CONSTRAINT "trainings_rels_users_fk";
  
  ALTER TABLE "_trainings_v_rels" DROP CONSTRAINT "_trainings_v_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflows_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('editor', 'reviewer', 'serviceStaff', 'systemAdmin', 'securityAdmin', 'auditAdmin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "articles_workflow_state_idx";
  DROP INDEX "articles_rels_users_id_idx";
  DROP INDEX "_articles_v_version_version_workflow_state_idx";
  DROP INDEX "_articles_v_rels_users_id_idx";
  DROP INDEX "topics_workflow_state_idx";
  DROP INDEX "_topics_v_version_version_workflow_state_idx";
  DROP INDEX "risk_alerts_workflow_state_idx";
  DROP INDEX "risk_alerts_rels_users_id_idx";
  DROP INDEX "_risk_alerts_v_version_version_workflow_state_idx";
  DROP INDEX "_risk_alerts_v_rels_users_id_idx";
  DROP INDEX "projects_workflow_state_idx";
  DROP INDEX "projects_rels_users_id_idx";
  DROP INDEX "_projects_v_version_version_workflow_state_idx";
  DROP INDEX "_projects_v_rels_users_id_idx";
  DROP INDEX "service_guides_workflow_state_idx";
  DROP INDEX "_service_guides_v_version_version_workflow_state_idx";
  DROP INDEX "countries_workflow_state_idx";
  DROP INDEX "_countries_v_version_version_workflow_state_idx";
  DROP INDEX "providers_workflow_state_idx";
  DROP INDEX "providers_rels_users_id_idx";
  DROP INDEX "_providers_v_version_version_workflow_state_idx";
  DROP INDEX "_providers_v_rels_users_id_idx";
  DROP INDEX "finance_products_workflow_state_idx";
  DROP INDEX "_finance_products_v_version_version_workflow_state_idx";
  DROP INDEX "trainings_workflow_state_idx";
  DROP INDEX "trainings_rels_users_id_idx";
  DROP INDEX "_trainings_v_version_version_workflow_state_idx";
  DROP INDEX "_trainings_v_rels_users_id_idx";
  DROP INDEX "courseware_workflow_state_idx";
  DROP INDEX "_courseware_v_version_version_workflow_state_idx";
  DROP INDEX "country_profiles_workflow_state_idx";
  DROP INDEX "_country_profiles_v_version_version_workflow_state_idx";
  DROP INDEX "payload_locked_documents_rels_workflows_id_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "workflow_due_at";
  ALTER TABLE "articles" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "articles_rels" DROP COLUMN "users_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "topics" DROP COLUMN "workflow_state";
  ALTER TABLE "topics" DROP COLUMN "workflow_due_at";
  ALTER TABLE "topics" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "risk_alerts" DROP COLUMN "workflow_state";
  ALTER TABLE "risk_alerts" DROP COLUMN "workflow_due_at";
  ALTER TABLE "risk_alerts" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "risk_alerts_rels" DROP COLUMN "users_id";
  ALTER TABLE "_risk_alerts_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_risk_alerts_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_risk_alerts_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "_risk_alerts_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "projects" DROP COLUMN "workflow_state";
  ALTER TABLE "projects" DROP COLUMN "workflow_due_at";
  ALTER TABLE "projects" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "projects_rels" DROP COLUMN "users_id";
  ALTER TABLE "_projects_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_projects_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_projects_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "_projects_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "service_guides" DROP COLUMN "workflow_state";
  ALTER TABLE "service_guides" DROP COLUMN "workflow_due_at";
  ALTER TABLE "service_guides" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_service_guides_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_service_guides_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_service_guides_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "countries" DROP COLUMN "workflow_state";
  ALTER TABLE "countries" DROP COLUMN "workflow_due_at";
  ALTER TABLE "countries" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_countries_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "providers" DROP COLUMN "workflow_state";
  ALTER TABLE "providers" DROP COLUMN "workflow_due_at";
  ALTER TABLE "providers" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "providers_rels" DROP COLUMN "users_id";
  ALTER TABLE "_providers_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_providers_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_providers_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "_providers_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "finance_products" DROP COLUMN "workflow_state";
  ALTER TABLE "finance_products" DROP COLUMN "workflow_due_at";
  ALTER TABLE "finance_products" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_finance_products_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_finance_products_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_finance_products_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "trainings" DROP COLUMN "workflow_state";
  ALTER TABLE "trainings" DROP COLUMN "workflow_due_at";
  ALTER TABLE "trainings" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "trainings_rels" DROP COLUMN "users_id";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "_trainings_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "courseware" DROP COLUMN "workflow_state";
  ALTER TABLE "courseware" DROP COLUMN "workflow_due_at";
  ALTER TABLE "courseware" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_courseware_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_courseware_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_courseware_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "country_profiles" DROP COLUMN "workflow_state";
  ALTER TABLE "country_profiles" DROP COLUMN "workflow_due_at";
  ALTER TABLE "country_profiles" DROP COLUMN "workflow_reminded_at";
  ALTER TABLE "_country_profiles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_country_profiles_v" DROP COLUMN "version_workflow_due_at";
  ALTER TABLE "_country_profiles_v" DROP COLUMN "version_workflow_reminded_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflows_id";
  DROP TYPE "public"."enum_workflows_collections";
  DROP TYPE "public"."enum_workflows_states_kind";
  DROP TYPE "public"."enum_workflows_transitions_roles";
  DROP TYPE "public"."enum_workflows_transitions_conditions_operator";
  DROP TYPE "public"."enum_workflows_transitions_notify";`)
}
