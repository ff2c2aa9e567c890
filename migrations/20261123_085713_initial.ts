import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tags_status" AS ENUM('enabled', 'disabled');
  CREATE TYPE "public"."enum_risk_alerts_level" AS ENUM('red', 'orange', 'yellow', 'blue');
  CREATE TYPE "public"."enum_risk_alerts_kind" AS ENUM('security', 'notice', 'disaster', 'emergency');
  CREATE TYPE "public"."enum_risk_alerts_issuer" AS ENUM('ministry', 'embassy', 'media');
  CREATE TYPE "public"."enum_risk_alerts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_alerts_v_version_level" AS ENUM('red', 'orange', 'yellow', 'blue');
  CREATE TYPE "public"."enum__risk_alerts_v_version_kind" AS ENUM('security', 'notice', 'disaster', 'emergency');
  CREATE TYPE "public"."enum__risk_alerts_v_version_issuer" AS ENUM('ministry', 'embassy', 'media');
  CREATE TYPE "public"."enum__risk_alerts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_projects_kind" AS ENUM('investment', 'trade', 'engineering', 'technology', 'service');
  CREATE TYPE "public"."enum_projects_stage" AS ENUM('open', 'negotiating', 'matched', 'closed');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_kind" AS ENUM('investment', 'trade', 'engineering', 'technology', 'service');
  CREATE TYPE "public"."enum__projects_v_version_stage" AS ENUM('open', 'negotiating', 'matched', 'closed');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_service_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_countries_region" AS ENUM('asia', 'europe', 'africa', 'north-america', 'latin-america', 'oceania');
  CREATE TYPE "public"."enum_countries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__countries_v_version_region" AS ENUM('asia', 'europe', 'africa', 'north-america', 'latin-america', 'oceania');
  CREATE TYPE "public"."enum__countries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_providers_category" AS ENUM('legal', 'accounting', 'consulting', 'certification', 'logistics', 'insurance', 'hr', 'ip');
  CREATE TYPE "public"."enum_providers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__providers_v_version_category" AS ENUM('legal', 'accounting', 'consulting', 'certification', 'logistics', 'insurance', 'hr', 'ip');
  CREATE TYPE "public"."enum__providers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_finance_products_product_type" AS ENUM('loan', 'trade-finance', 'guarantee', 'insurance', 'settlement', 'hedging');
  CREATE TYPE "public"."enum_finance_products_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__finance_products_v_version_product_type" AS ENUM('loan', 'trade-finance', 'guarantee', 'insurance', 'settlement', 'hedging');
  CREATE TYPE "public"."enum__finance_products_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_trainings_organiser_type" AS ENUM('commerce', 'commission', 'district', 'hongqiao', 'service-org');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_organiser_type" AS ENUM('commerce', 'commission', 'district', 'hongqiao', 'service-org');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_courseware_kind" AS ENUM('video', 'document');
  CREATE TYPE "public"."enum_courseware_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courseware_v_version_kind" AS ENUM('video', 'document');
  CREATE TYPE "public"."enum__courseware_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_country_profiles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__country_profiles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('editor', 'reviewer', 'serviceStaff', 'systemAdmin', 'securityAdmin', 'auditAdmin');
  CREATE TABLE "articles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"column_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"cover_id" uuid,
  	"source" varchar,
  	"author" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"tags_id" uuid,
  	"topics_id" uuid,
  	"countries_id" uuid
  );
  
  CREATE TABLE "_articles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_column_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_cover_id" uuid,
  	"version_source" varchar,
  	"version_author" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"tags_id" uuid,
  	"topics_id" uuid,
  	"countries_id" uuid
  );
  
  CREATE TABLE "columns" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"parent_id" uuid,
  	"path" varchar,
  	"order" numeric DEFAULT 0,
  	"description" varchar,
  	"show_in_nav" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"cover_id" uuid,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_topics_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_cover_id" uuid,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "tags" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"group" varchar,
  	"status" "enum_tags_status" DEFAULT 'enabled' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "risk_alerts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"level" "enum_risk_alerts_level",
  	"kind" "enum_risk_alerts_kind",
  	"issuer" "enum_risk_alerts_issuer",
  	"issuer_name" varchar,
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_risk_alerts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "risk_alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "_risk_alerts_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_level" "enum__risk_alerts_v_version_level",
  	"version_kind" "enum__risk_alerts_v_version_kind",
  	"version_issuer" "enum__risk_alerts_v_version_issuer",
  	"version_issuer_name" varchar,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_to" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__risk_alerts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_risk_alerts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "projects" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"kind" "enum_projects_kind",
  	"industry" varchar,
  	"stage" "enum_projects_stage" DEFAULT 'open',
  	"enterprise" varchar,
  	"amount_wan_yuan" numeric,
  	"valid_until" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid,
  	"tags_id" uuid
  );
  
  CREATE TABLE "_projects_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_kind" "enum__projects_v_version_kind",
  	"version_industry" varchar,
  	"version_stage" "enum__projects_v_version_stage" DEFAULT 'open',
  	"version_enterprise" varchar,
  	"version_amount_wan_yuan" numeric,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_projects_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid,
  	"tags_id" uuid
  );
  
  CREATE TABLE "service_guides_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"materials" varchar,
  	"department" varchar,
  	"time_limit" varchar,
  	"entry_url" varchar
  );
  
  CREATE TABLE "service_guides_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "service_guides" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"matter_code" varchar,
  	"department" varchar,
  	"order" numeric DEFAULT 0,
  	"summary" varchar,
  	"online_entry_url" varchar,
  	"video_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_service_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_service_guides_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"materials" varchar,
  	"department" varchar,
  	"time_limit" varchar,
  	"entry_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_service_guides_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_matter_code" varchar,
  	"version_department" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_summary" varchar,
  	"version_online_entry_url" varchar,
  	"version_video_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__service_guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "countries_service_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"contact" varchar,
  	"lat" numeric,
  	"lng" numeric
  );
  
  CREATE TABLE "countries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"name_en" varchar,
  	"iso_code" varchar,
  	"region" "enum_countries_region",
  	"belt_and_road" boolean DEFAULT false,
  	"capital_name" varchar,
  	"capital_lat" numeric,
  	"capital_lng" numeric,
  	"summary" varchar,
  	"investment_environment" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_countries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_countries_v_version_service_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"contact" varchar,
  	"lat" numeric,
  	"lng" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_countries_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_name_en" varchar,
  	"version_iso_code" varchar,
  	"version_region" "enum__countries_v_version_region",
  	"version_belt_and_road" boolean DEFAULT false,
  	"version_capital_name" varchar,
  	"version_capital_lat" numeric,
  	"version_capital_lng" numeric,
  	"version_summary" varchar,
  	"version_investment_environment" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__countries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "providers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"category" "enum_providers_category",
  	"city" varchar,
  	"website" varchar,
  	"services" varchar,
  	"address" varchar,
  	"public_phone" varchar,
  	"description" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_providers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "providers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "_providers_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_category" "enum__providers_v_version_category",
  	"version_city" varchar,
  	"version_website" varchar,
  	"version_services" varchar,
  	"version_address" varchar,
  	"version_public_phone" varchar,
  	"version_description" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__providers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_providers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "finance_products" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"institution" varchar,
  	"product_type" "enum_finance_products_product_type",
  	"currencies" varchar,
  	"amount_range" varchar,
  	"term" varchar,
  	"rate" varchar,
  	"target_customers" varchar,
  	"features" varchar,
  	"apply_url" varchar,
  	"description" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_finance_products_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_finance_products_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_institution" varchar,
  	"version_product_type" "enum__finance_products_v_version_product_type",
  	"version_currencies" varchar,
  	"version_amount_range" varchar,
  	"version_term" varchar,
  	"version_rate" varchar,
  	"version_target_customers" varchar,
  	"version_features" varchar,
  	"version_apply_url" varchar,
  	"version_description" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__finance_products_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "trainings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"organiser_type" "enum_trainings_organiser_type",
  	"organiser" varchar,
  	"start_at" timestamp(3) with time zone,
  	"end_at" timestamp(3) with time zone,
  	"registration_deadline" timestamp(3) with time zone,
  	"place" varchar,
  	"online" boolean DEFAULT false,
  	"capacity" numeric,
  	"summary" varchar,
  	"cover_id" uuid,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_organiser_type" "enum__trainings_v_version_organiser_type",
  	"version_organiser" varchar,
  	"version_start_at" timestamp(3) with time zone,
  	"version_end_at" timestamp(3) with time zone,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_online" boolean DEFAULT false,
  	"version_capacity" numeric,
  	"version_summary" varchar,
  	"version_cover_id" uuid,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" uuid
  );
  
  CREATE TABLE "courseware" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"training_id" uuid,
  	"kind" "enum_courseware_kind",
  	"duration_minutes" numeric,
  	"file_id" uuid,
  	"speaker" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_courseware_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_courseware_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_training_id" uuid,
  	"version_kind" "enum__courseware_v_version_kind",
  	"version_duration_minutes" numeric,
  	"version_file_id" uuid,
  	"version_speaker" varchar,
  	"version_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__courseware_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "cp_laws" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"field" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "cp_hot_issues" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"analysis" varchar
  );
  
  CREATE TABLE "cp_consumption" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" varchar,
  	"share" numeric,
  	"year" numeric
  );
  
  CREATE TABLE "cp_exports" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" varchar,
  	"value_usd_million" numeric,
  	"year" numeric
  );
  
  CREATE TABLE "cp_imports" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" varchar,
  	"value_usd_million" numeric,
  	"year" numeric
  );
  
  CREATE TABLE "cp_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"partner" varchar,
  	"share" numeric
  );
  
  CREATE TABLE "cp_invest_directions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"sector" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "cp_compliance_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"detail" varchar
  );
  
  CREATE TABLE "cp_mechanisms" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"since" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "country_profiles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"country_id" uuid,
  	"demo_data" boolean DEFAULT false,
  	"digital_laws_overview" jsonb,
  	"market_gdp_value" numeric,
  	"market_gdp_year" numeric,
  	"market_gdp_source" varchar,
  	"market_digital_economy_value" numeric,
  	"market_digital_economy_year" numeric,
  	"market_digital_economy_source" varchar,
  	"market_internet_penetration_value" numeric,
  	"market_internet_penetration_year" numeric,
  	"market_internet_penetration_source" varchar,
  	"market_ecommerce_retail_value" numeric,
  	"market_ecommerce_retail_year" numeric,
  	"market_ecommerce_retail_source" varchar,
  	"market_security_index_value" numeric,
  	"market_security_index_year" numeric,
  	"market_security_index_source" varchar,
  	"market_digital_talent_value" numeric,
  	"market_digital_talent_year" numeric,
  	"market_digital_talent_source" varchar,
  	"market_geo_cultural_advantages" varchar,
  	"cooperation_openness_value" numeric,
  	"cooperation_openness_year" numeric,
  	"cooperation_openness_source" varchar,
  	"cooperation_regulation" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_country_profiles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_cp_laws_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"field" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_hot_issues_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"analysis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_consumption_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"category" varchar,
  	"share" numeric,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_exports_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"category" varchar,
  	"value_usd_million" numeric,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_imports_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"category" varchar,
  	"value_usd_million" numeric,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_partners_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"partner" varchar,
  	"share" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_invest_directions_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"sector" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_compliance_rules_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cp_mechanisms_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"since" numeric,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_country_profiles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_country_id" uuid,
  	"version_demo_data" boolean DEFAULT false,
  	"version_digital_laws_overview" jsonb,
  	"version_market_gdp_value" numeric,
  	"version_market_gdp_year" numeric,
  	"version_market_gdp_source" varchar,
  	"version_market_digital_economy_value" numeric,
  	"version_market_digital_economy_year" numeric,
  	"version_market_digital_economy_source" varchar,
  	"version_market_internet_penetration_value" numeric,
  	"version_market_internet_penetration_year" numeric,
  	"version_market_internet_penetration_source" varchar,
  	"version_market_ecommerce_retail_value" numeric,
  	"version_market_ecommerce_retail_year" numeric,
  	"version_market_ecommerce_retail_source" varchar,
  	"version_market_security_index_value" numeric,
  	"version_market_security_index_year" numeric,
  	"version_market_security_index_source" varchar,
  	"version_market_digital_talent_value" numeric,
  	"version_market_digital_talent_year" numeric,
  	"version_market_digital_talent_source" varchar,
  	"version_market_geo_cultural_advantages" varchar,
  	"version_cooperation_openness_value" numeric,
  	"version_cooperation_openness_year" numeric,
  	"version_cooperation_openness_source" varchar,
  	"version_cooperation_regulation" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__country_profiles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"department" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"columns_id" uuid,
  	"topics_id" uuid,
  	"tags_id" uuid,
  	"media_id" uuid,
  	"risk_alerts_id" uuid,
  	"projects_id" uuid,
  	"service_guides_id" uuid,
  	"countries_id" uuid,
  	"providers_id" uuid,
  	"finance_products_id" uuid,
  	"trainings_id" uuid,
  	"courseware_id" uuid,
  	"country_profiles_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD CONSTRAINT "articles_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_alerts_rels" ADD CONSTRAINT "risk_alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_alerts_rels" ADD CONSTRAINT "risk_alerts_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_alerts_v" ADD CONSTRAINT "_risk_alerts_v_parent_id_risk_alerts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_alerts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_alerts_v_rels" ADD CONSTRAINT "_risk_alerts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_risk_alerts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_alerts_v_rels" ADD CONSTRAINT "_risk_alerts_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_rels" ADD CONSTRAINT "_projects_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_steps" ADD CONSTRAINT "service_guides_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides_faq" ADD CONSTRAINT "service_guides_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_guides" ADD CONSTRAINT "service_guides_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_steps" ADD CONSTRAINT "_service_guides_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v_version_faq" ADD CONSTRAINT "_service_guides_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_service_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_parent_id_service_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_guides_v" ADD CONSTRAINT "_service_guides_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries_service_points" ADD CONSTRAINT "countries_service_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_countries_v_version_service_points" ADD CONSTRAINT "_countries_v_version_service_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_countries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_countries_v" ADD CONSTRAINT "_countries_v_parent_id_countries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "providers_rels" ADD CONSTRAINT "providers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "providers_rels" ADD CONSTRAINT "providers_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_providers_v" ADD CONSTRAINT "_providers_v_parent_id_providers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_providers_v_rels" ADD CONSTRAINT "_providers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_providers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_providers_v_rels" ADD CONSTRAINT "_providers_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_finance_products_v" ADD CONSTRAINT "_finance_products_v_parent_id_finance_products_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."finance_products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courseware" ADD CONSTRAINT "courseware_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courseware" ADD CONSTRAINT "courseware_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courseware_v" ADD CONSTRAINT "_courseware_v_parent_id_courseware_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courseware"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courseware_v" ADD CONSTRAINT "_courseware_v_version_training_id_trainings_id_fk" FOREIGN KEY ("version_training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courseware_v" ADD CONSTRAINT "_courseware_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cp_laws" ADD CONSTRAINT "cp_laws_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_hot_issues" ADD CONSTRAINT "cp_hot_issues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_consumption" ADD CONSTRAINT "cp_consumption_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_exports" ADD CONSTRAINT "cp_exports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_imports" ADD CONSTRAINT "cp_imports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_partners" ADD CONSTRAINT "cp_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_invest_directions" ADD CONSTRAINT "cp_invest_directions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_compliance_rules" ADD CONSTRAINT "cp_compliance_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cp_mechanisms" ADD CONSTRAINT "cp_mechanisms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "country_profiles" ADD CONSTRAINT "country_profiles_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cp_laws_v" ADD CONSTRAINT "_cp_laws_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_hot_issues_v" ADD CONSTRAINT "_cp_hot_issues_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_consumption_v" ADD CONSTRAINT "_cp_consumption_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_exports_v" ADD CONSTRAINT "_cp_exports_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_imports_v" ADD CONSTRAINT "_cp_imports_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_partners_v" ADD CONSTRAINT "_cp_partners_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_invest_directions_v" ADD CONSTRAINT "_cp_invest_directions_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_compliance_rules_v" ADD CONSTRAINT "_cp_compliance_rules_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cp_mechanisms_v" ADD CONSTRAINT "_cp_mechanisms_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_country_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_country_profiles_v" ADD CONSTRAINT "_country_profiles_v_parent_id_country_profiles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."country_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_country_profiles_v" ADD CONSTRAINT "_country_profiles_v_version_country_id_countries_id_fk" FOREIGN KEY ("version_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_alerts_fk" FOREIGN KEY ("risk_alerts_id") REFERENCES "public"."risk_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_guides_fk" FOREIGN KEY ("service_guides_id") REFERENCES "public"."service_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_providers_fk" FOREIGN KEY ("providers_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_finance_products_fk" FOREIGN KEY ("finance_products_id") REFERENCES "public"."finance_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courseware_fk" FOREIGN KEY ("courseware_id") REFERENCES "public"."courseware"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_country_profiles_fk" FOREIGN KEY ("country_profiles_id") REFERENCES "public"."country_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_column_idx" ON "articles" USING btree ("column_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "articles_rels_tags_id_idx" ON "articles_rels" USING btree ("tags_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_countries_id_idx" ON "articles_rels" USING btree ("countries_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_column_idx" ON "_articles_v" USING btree ("version_column_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_tags_id_idx" ON "_articles_v_rels" USING btree ("tags_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_countries_id_idx" ON "_articles_v_rels" USING btree ("countries_id");
  CREATE UNIQUE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_parent_idx" ON "columns" USING btree ("parent_id");
  CREATE INDEX "columns_path_idx" ON "columns" USING btree ("path");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_published_at_idx" ON "topics" USING btree ("published_at");
  CREATE INDEX "topics_cover_idx" ON "topics" USING btree ("cover_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_published_at_idx" ON "_topics_v" USING btree ("version_published_at");
  CREATE INDEX "_topics_v_version_version_cover_idx" ON "_topics_v" USING btree ("version_cover_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "tags_name_idx" ON "tags" USING btree ("name");
  CREATE INDEX "tags_updated_at_idx" ON "tags" USING btree ("updated_at");
  CREATE INDEX "tags_created_at_idx" ON "tags" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "risk_alerts_level_idx" ON "risk_alerts" USING btree ("level");
  CREATE INDEX "risk_alerts_kind_idx" ON "risk_alerts" USING btree ("kind");
  CREATE INDEX "risk_alerts_valid_from_idx" ON "risk_alerts" USING btree ("valid_from");
  CREATE INDEX "risk_alerts_valid_to_idx" ON "risk_alerts" USING btree ("valid_to");
  CREATE INDEX "risk_alerts_published_at_idx" ON "risk_alerts" USING btree ("published_at");
  CREATE INDEX "risk_alerts_updated_at_idx" ON "risk_alerts" USING btree ("updated_at");
  CREATE INDEX "risk_alerts_created_at_idx" ON "risk_alerts" USING btree ("created_at");
  CREATE INDEX "risk_alerts__status_idx" ON "risk_alerts" USING btree ("_status");
  CREATE INDEX "risk_alerts_rels_order_idx" ON "risk_alerts_rels" USING btree ("order");
  CREATE INDEX "risk_alerts_rels_parent_idx" ON "risk_alerts_rels" USING btree ("parent_id");
  CREATE INDEX "risk_alerts_rels_path_idx" ON "risk_alerts_rels" USING btree ("path");
  CREATE INDEX "risk_alerts_rels_countries_id_idx" ON "risk_alerts_rels" USING btree ("countries_id");
  CREATE INDEX "_risk_alerts_v_parent_idx" ON "_risk_alerts_v" USING btree ("parent_id");
  CREATE INDEX "_risk_alerts_v_version_version_level_idx" ON "_risk_alerts_v" USING btree ("version_level");
  CREATE INDEX "_risk_alerts_v_version_version_kind_idx" ON "_risk_alerts_v" USING btree ("version_kind");
  CREATE INDEX "_risk_alerts_v_version_version_valid_from_idx" ON "_risk_alerts_v" USING btree ("version_valid_from");
  CREATE INDEX "_risk_alerts_v_version_version_valid_to_idx" ON "_risk_alerts_v" USING btree ("version_valid_to");
  CREATE INDEX "_risk_alerts_v_version_version_published_at_idx" ON "_risk_alerts_v" USING btree ("version_published_at");
  CREATE INDEX "_risk_alerts_v_version_version_updated_at_idx" ON "_risk_alerts_v" USING btree ("version_updated_at");
  CREATE INDEX "_risk_alerts_v_version_version_created_at_idx" ON "_risk_alerts_v" USING btree ("version_created_at");
  CREATE INDEX "_risk_alerts_v_version_version__status_idx" ON "_risk_alerts_v" USING btree ("version__status");
  CREATE INDEX "_risk_alerts_v_created_at_idx" ON "_risk_alerts_v" USING btree ("created_at");
  CREATE INDEX "_risk_alerts_v_updated_at_idx" ON "_risk_alerts_v" USING btree ("updated_at");
  CREATE INDEX "_risk_alerts_v_latest_idx" ON "_risk_alerts_v" USING btree ("latest");
  CREATE INDEX "_risk_alerts_v_rels_order_idx" ON "_risk_alerts_v_rels" USING btree ("order");
  CREATE INDEX "_risk_alerts_v_rels_parent_idx" ON "_risk_alerts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_risk_alerts_v_rels_path_idx" ON "_risk_alerts_v_rels" USING btree ("path");
  CREATE INDEX "_risk_alerts_v_rels_countries_id_idx" ON "_risk_alerts_v_rels" USING btree ("countries_id");
  CREATE INDEX "projects_kind_idx" ON "projects" USING btree ("kind");
  CREATE INDEX "projects_industry_idx" ON "projects" USING btree ("industry");
  CREATE INDEX "projects_published_at_idx" ON "projects" USING btree ("published_at");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_countries_id_idx" ON "projects_rels" USING btree ("countries_id");
  CREATE INDEX "projects_rels_tags_id_idx" ON "projects_rels" USING btree ("tags_id");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_kind_idx" ON "_projects_v" USING btree ("version_kind");
  CREATE INDEX "_projects_v_version_version_industry_idx" ON "_projects_v" USING btree ("version_industry");
  CREATE INDEX "_projects_v_version_version_published_at_idx" ON "_projects_v" USING btree ("version_published_at");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE INDEX "_projects_v_rels_order_idx" ON "_projects_v_rels" USING btree ("order");
  CREATE INDEX "_projects_v_rels_parent_idx" ON "_projects_v_rels" USING btree ("parent_id");
  CREATE INDEX "_projects_v_rels_path_idx" ON "_projects_v_rels" USING btree ("path");
  CREATE INDEX "_projects_v_rels_countries_id_idx" ON "_projects_v_rels" USING btree ("countries_id");
  CREATE INDEX "_projects_v_rels_tags_id_idx" ON "_projects_v_rels" USING btree ("tags_id");
  CREATE INDEX "service_guides_steps_order_idx" ON "service_guides_steps" USING btree ("_order");
  CREATE INDEX "service_guides_steps_parent_id_idx" ON "service_guides_steps" USING btree ("_parent_id");
  CREATE INDEX "service_guides_faq_order_idx" ON "service_guides_faq" USING btree ("_order");
  CREATE INDEX "service_guides_faq_parent_id_idx" ON "service_guides_faq" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_guides_slug_idx" ON "service_guides" USING btree ("slug");
  CREATE INDEX "service_guides_video_idx" ON "service_guides" USING btree ("video_id");
  CREATE INDEX "service_guides_updated_at_idx" ON "service_guides" USING btree ("updated_at");
  CREATE INDEX "service_guides_created_at_idx" ON "service_guides" USING btree ("created_at");
  CREATE INDEX "service_guides__status_idx" ON "service_guides" USING btree ("_status");
  CREATE INDEX "_service_guides_v_version_steps_order_idx" ON "_service_guides_v_version_steps" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_steps_parent_id_idx" ON "_service_guides_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_version_faq_order_idx" ON "_service_guides_v_version_faq" USING btree ("_order");
  CREATE INDEX "_service_guides_v_version_faq_parent_id_idx" ON "_service_guides_v_version_faq" USING btree ("_parent_id");
  CREATE INDEX "_service_guides_v_parent_idx" ON "_service_guides_v" USING btree ("parent_id");
  CREATE INDEX "_service_guides_v_version_version_slug_idx" ON "_service_guides_v" USING btree ("version_slug");
  CREATE INDEX "_service_guides_v_version_version_video_idx" ON "_service_guides_v" USING btree ("version_video_id");
  CREATE INDEX "_service_guides_v_version_version_updated_at_idx" ON "_service_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_guides_v_version_version_created_at_idx" ON "_service_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_service_guides_v_version_version__status_idx" ON "_service_guides_v" USING btree ("version__status");
  CREATE INDEX "_service_guides_v_created_at_idx" ON "_service_guides_v" USING btree ("created_at");
  CREATE INDEX "_service_guides_v_updated_at_idx" ON "_service_guides_v" USING btree ("updated_at");
  CREATE INDEX "_service_guides_v_latest_idx" ON "_service_guides_v" USING btree ("latest");
  CREATE INDEX "countries_service_points_order_idx" ON "countries_service_points" USING btree ("_order");
  CREATE INDEX "countries_service_points_parent_id_idx" ON "countries_service_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "countries_name_idx" ON "countries" USING btree ("name");
  CREATE UNIQUE INDEX "countries_iso_code_idx" ON "countries" USING btree ("iso_code");
  CREATE INDEX "countries_region_idx" ON "countries" USING btree ("region");
  CREATE INDEX "countries_updated_at_idx" ON "countries" USING btree ("updated_at");
  CREATE INDEX "countries_created_at_idx" ON "countries" USING btree ("created_at");
  CREATE INDEX "countries__status_idx" ON "countries" USING btree ("_status");
  CREATE INDEX "_countries_v_version_service_points_order_idx" ON "_countries_v_version_service_points" USING btree ("_order");
  CREATE INDEX "_countries_v_version_service_points_parent_id_idx" ON "_countries_v_version_service_points" USING btree ("_parent_id");
  CREATE INDEX "_countries_v_parent_idx" ON "_countries_v" USING btree ("parent_id");
  CREATE INDEX "_countries_v_version_version_name_idx" ON "_countries_v" USING btree ("version_name");
  CREATE INDEX "_countries_v_version_version_iso_code_idx" ON "_countries_v" USING btree ("version_iso_code");
  CREATE INDEX "_countries_v_version_version_region_idx" ON "_countries_v" USING btree ("version_region");
  CREATE INDEX "_countries_v_version_version_updated_at_idx" ON "_countries_v" USING btree ("version_updated_at");
  CREATE INDEX "_countries_v_version_version_created_at_idx" ON "_countries_v" USING btree ("version_created_at");
  CREATE INDEX "_countries_v_version_version__status_idx" ON "_countries_v" USING btree ("version__status");
  CREATE INDEX "_countries_v_created_at_idx" ON "_countries_v" USING btree ("created_at");
  CREATE INDEX "_countries_v_updated_at_idx" ON "_countries_v" USING btree ("updated_at");
  CREATE INDEX "_countries_v_latest_idx" ON "_countries_v" USING btree ("latest");
  CREATE INDEX "providers_category_idx" ON "providers" USING btree ("category");
  CREATE INDEX "providers_updated_at_idx" ON "providers" USING btree ("updated_at");
  CREATE INDEX "providers_created_at_idx" ON "providers" USING btree ("created_at");
  CREATE INDEX "providers__status_idx" ON "providers" USING btree ("_status");
  CREATE INDEX "providers_rels_order_idx" ON "providers_rels" USING btree ("order");
  CREATE INDEX "providers_rels_parent_idx" ON "providers_rels" USING btree ("parent_id");
  CREATE INDEX "providers_rels_path_idx" ON "providers_rels" USING btree ("path");
  CREATE INDEX "providers_rels_countries_id_idx" ON "providers_rels" USING btree ("countries_id");
  CREATE INDEX "_providers_v_parent_idx" ON "_providers_v" USING btree ("parent_id");
  CREATE INDEX "_providers_v_version_version_category_idx" ON "_providers_v" USING btree ("version_category");
  CREATE INDEX "_providers_v_version_version_updated_at_idx" ON "_providers_v" USING btree ("version_updated_at");
  CREATE INDEX "_providers_v_version_version_created_at_idx" ON "_providers_v" USING btree ("version_created_at");
  CREATE INDEX "_providers_v_version_version__status_idx" ON "_providers_v" USING btree ("version__status");
  CREATE INDEX "_providers_v_created_at_idx" ON "_providers_v" USING btree ("created_at");
  CREATE INDEX "_providers_v_updated_at_idx" ON "_providers_v" USING btree ("updated_at");
  CREATE INDEX "_providers_v_latest_idx" ON "_providers_v" USING btree ("latest");
  CREATE INDEX "_providers_v_rels_order_idx" ON "_providers_v_rels" USING btree ("order");
  CREATE INDEX "_providers_v_rels_parent_idx" ON "_providers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_providers_v_rels_path_idx" ON "_providers_v_rels" USING btree ("path");
  CREATE INDEX "_providers_v_rels_countries_id_idx" ON "_providers_v_rels" USING btree ("countries_id");
  CREATE INDEX "finance_products_institution_idx" ON "finance_products" USING btree ("institution");
  CREATE INDEX "finance_products_product_type_idx" ON "finance_products" USING btree ("product_type");
  CREATE INDEX "finance_products_updated_at_idx" ON "finance_products" USING btree ("updated_at");
  CREATE INDEX "finance_products_created_at_idx" ON "finance_products" USING btree ("created_at");
  CREATE INDEX "finance_products__status_idx" ON "finance_products" USING btree ("_status");
  CREATE INDEX "_finance_products_v_parent_idx" ON "_finance_products_v" USING btree ("parent_id");
  CREATE INDEX "_finance_products_v_version_version_institution_idx" ON "_finance_products_v" USING btree ("version_institution");
  CREATE INDEX "_finance_products_v_version_version_product_type_idx" ON "_finance_products_v" USING btree ("version_product_type");
  CREATE INDEX "_finance_products_v_version_version_updated_at_idx" ON "_finance_products_v" USING btree ("version_updated_at");
  CREATE INDEX "_finance_products_v_version_version_created_at_idx" ON "_finance_products_v" USING btree ("version_created_at");
  CREATE INDEX "_finance_products_v_version_version__status_idx" ON "_finance_products_v" USING btree ("version__status");
  CREATE INDEX "_finance_products_v_created_at_idx" ON "_finance_products_v" USING btree ("created_at");
  CREATE INDEX "_finance_products_v_updated_at_idx" ON "_finance_products_v" USING btree ("updated_at");
  CREATE INDEX "_finance_products_v_latest_idx" ON "_finance_products_v" USING btree ("latest");
  CREATE INDEX "trainings_organiser_type_idx" ON "trainings" USING btree ("organiser_type");
  CREATE INDEX "trainings_start_at_idx" ON "trainings" USING btree ("start_at");
  CREATE INDEX "trainings_cover_idx" ON "trainings" USING btree ("cover_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_countries_id_idx" ON "trainings_rels" USING btree ("countries_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_organiser_type_idx" ON "_trainings_v" USING btree ("version_organiser_type");
  CREATE INDEX "_trainings_v_version_version_start_at_idx" ON "_trainings_v" USING btree ("version_start_at");
  CREATE INDEX "_trainings_v_version_version_cover_idx" ON "_trainings_v" USING btree ("version_cover_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_countries_id_idx" ON "_trainings_v_rels" USING btree ("countries_id");
  CREATE INDEX "courseware_training_idx" ON "courseware" USING btree ("training_id");
  CREATE INDEX "courseware_file_idx" ON "courseware" USING btree ("file_id");
  CREATE INDEX "courseware_updated_at_idx" ON "courseware" USING btree ("updated_at");
  CREATE INDEX "courseware_created_at_idx" ON "courseware" USING btree ("created_at");
  CREATE INDEX "courseware__status_idx" ON "courseware" USING btree ("_status");
  CREATE INDEX "_courseware_v_parent_idx" ON "_courseware_v" USING btree ("parent_id");
  CREATE INDEX "_courseware_v_version_version_training_idx" ON "_courseware_v" USING btree ("version_training_id");
  CREATE INDEX "_courseware_v_version_version_file_idx" ON "_courseware_v" USING btree ("version_file_id");
  CREATE INDEX "_courseware_v_version_version_updated_at_idx" ON "_courseware_v" USING btree ("version_updated_at");
  CREATE INDEX "_courseware_v_version_version_created_at_idx" ON "_courseware_v" USING btree ("version_created_at");
  CREATE INDEX "_courseware_v_version_version__status_idx" ON "_courseware_v" USING btree ("version__status");
  CREATE INDEX "_courseware_v_created_at_idx" ON "_courseware_v" USING btree ("created_at");
  CREATE INDEX "_courseware_v_updated_at_idx" ON "_courseware_v" USING btree ("updated_at");
  CREATE INDEX "_courseware_v_latest_idx" ON "_courseware_v" USING btree ("latest");
  CREATE INDEX "cp_laws_order_idx" ON "cp_laws" USING btree ("_order");
  CREATE INDEX "cp_laws_parent_id_idx" ON "cp_laws" USING btree ("_parent_id");
  CREATE INDEX "cp_hot_issues_order_idx" ON "cp_hot_issues" USING btree ("_order");
  CREATE INDEX "cp_hot_issues_parent_id_idx" ON "cp_hot_issues" USING btree ("_parent_id");
  CREATE INDEX "cp_consumption_order_idx" ON "cp_consumption" USING btree ("_order");
  CREATE INDEX "cp_consumption_parent_id_idx" ON "cp_consumption" USING btree ("_parent_id");
  CREATE INDEX "cp_exports_order_idx" ON "cp_exports" USING btree ("_order");
  CREATE INDEX "cp_exports_parent_id_idx" ON "cp_exports" USING btree ("_parent_id");
  CREATE INDEX "cp_imports_order_idx" ON "cp_imports" USING btree ("_order");
  CREATE INDEX "cp_imports_parent_id_idx" ON "cp_imports" USING btree ("_parent_id");
  CREATE INDEX "cp_partners_order_idx" ON "cp_partners" USING btree ("_order");
  CREATE INDEX "cp_partners_parent_id_idx" ON "cp_partners" USING btree ("_parent_id");
  CREATE INDEX "cp_invest_directions_order_idx" ON "cp_invest_directions" USING btree ("_order");
  CREATE INDEX "cp_invest_directions_parent_id_idx" ON "cp_invest_directions" USING btree ("_parent_id");
  CREATE INDEX "cp_compliance_rules_order_idx" ON "cp_compliance_rules" USING btree ("_order");
  CREATE INDEX "cp_compliance_rules_parent_id_idx" ON "cp_compliance_rules" USING btree ("_parent_id");
  CREATE INDEX "cp_mechanisms_order_idx" ON "cp_mechanisms" USING btree ("_order");
  CREATE INDEX "cp_mechanisms_parent_id_idx" ON "cp_mechanisms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "country_profiles_country_idx" ON "country_profiles" USING btree ("country_id");
  CREATE INDEX "country_profiles_updated_at_idx" ON "country_profiles" USING btree ("updated_at");
  CREATE INDEX "country_profiles_created_at_idx" ON "country_profiles" USING btree ("created_at");
  CREATE INDEX "country_profiles__status_idx" ON "country_profiles" USING btree ("_status");
  CREATE INDEX "_cp_laws_v_order_idx" ON "_cp_laws_v" USING btree ("_order");
  CREATE INDEX "_cp_laws_v_parent_id_idx" ON "_cp_laws_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_hot_issues_v_order_idx" ON "_cp_hot_issues_v" USING btree ("_order");
  CREATE INDEX "_cp_hot_issues_v_parent_id_idx" ON "_cp_hot_issues_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_consumption_v_order_idx" ON "_cp_consumption_v" USING btree ("_order");
  CREATE INDEX "_cp_consumption_v_parent_id_idx" ON "_cp_consumption_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_exports_v_order_idx" ON "_cp_exports_v" USING btree ("_order");
  CREATE INDEX "_cp_exports_v_parent_id_idx" ON "_cp_exports_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_imports_v_order_idx" ON "_cp_imports_v" USING btree ("_order");
  CREATE INDEX "_cp_imports_v_parent_id_idx" ON "_cp_imports_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_partners_v_order_idx" ON "_cp_partners_v" USING btree ("_order");
  CREATE INDEX "_cp_partners_v_parent_id_idx" ON "_cp_partners_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_invest_directions_v_order_idx" ON "_cp_invest_directions_v" USING btree ("_order");
  CREATE INDEX "_cp_invest_directions_v_parent_id_idx" ON "_cp_invest_directions_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_compliance_rules_v_order_idx" ON "_cp_compliance_rules_v" USING btree ("_order");
  CREATE INDEX "_cp_compliance_rules_v_parent_id_idx" ON "_cp_compliance_rules_v" USING btree ("_parent_id");
  CREATE INDEX "_cp_mechanisms_v_order_idx" ON "_cp_mechanisms_v" USING btree ("_order");
  CREATE INDEX "_cp_mechanisms_v_parent_id_idx" ON "_cp_mechanisms_v" USING btree ("_parent_id");
  CREATE INDEX "_country_profiles_v_parent_idx" ON "_country_profiles_v" USING btree ("parent_id");
  CREATE INDEX "_country_profiles_v_version_version_country_idx" ON "_country_profiles_v" USING btree ("version_country_id");
  CREATE INDEX "_country_profiles_v_version_version_updated_at_idx" ON "_country_profiles_v" USING btree ("version_updated_at");
  CREATE INDEX "_country_profiles_v_version_version_created_at_idx" ON "_country_profiles_v" USING btree ("version_created_at");
  CREATE INDEX "_country_profiles_v_version_version__status_idx" ON "_country_profiles_v" USING btree ("version__status");
  CREATE INDEX "_country_profiles_v_created_at_idx" ON "_country_profiles_v" USING btree ("created_at");
  CREATE INDEX "_country_profiles_v_updated_at_idx" ON "_country_profiles_v" USING btree ("updated_at");
  CREATE INDEX "_country_profiles_v_latest_idx" ON "_country_profiles_v" USING btree ("latest");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("tags_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_risk_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_service_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("service_guides_id");
  CREATE INDEX "payload_locked_documents_rels_countries_id_idx" ON "payload_locked_documents_rels" USING btree ("countries_id");
  CREATE INDEX "payload_locked_documents_rels_providers_id_idx" ON "payload_locked_documents_rels" USING btree ("providers_id");
  CREATE INDEX "payload_locked_documents_rels_finance_products_id_idx" ON "payload_locked_documents_rels" USING btree ("finance_products_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_courseware_id_idx" ON "payload_locked_documents_rels" USING btree ("courseware_id");
  CREATE INDEX "payload_locked_documents_rels_country_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("country_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "tags" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "risk_alerts" CASCADE;
  DROP TABLE "risk_alerts_rels" CASCADE;
  DROP TABLE "_risk_alerts_v" CASCADE;
  DROP TABLE "_risk_alerts_v_rels" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "_projects_v_rels" CASCADE;
  DROP TABLE "service_guides_steps" CASCADE;
  DROP TABLE "service_guides_faq" CASCADE;
  DROP TABLE "service_guides" CASCADE;
  DROP TABLE "_service_guides_v_version_steps" CASCADE;
  DROP TABLE "_service_guides_v_version_faq" CASCADE;
  DROP TABLE "_service_guides_v" CASCADE;
  DROP TABLE "countries_service_points" CASCADE;
  DROP TABLE "countries" CASCADE;
  DROP TABLE "_countries_v_version_service_points" CASCADE;
  DROP TABLE "_countries_v" CASCADE;
  DROP TABLE "providers" CASCADE;
  DROP TABLE "providers_rels" CASCADE;
  DROP TABLE "_providers_v" CASCADE;
  DROP TABLE "_providers_v_rels" CASCADE;
  DROP TABLE "finance_products" CASCADE;
  DROP TABLE "_finance_products_v" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "courseware" CASCADE;
  DROP TABLE "_courseware_v" CASCADE;
  DROP TABLE "cp_laws" CASCADE;
  DROP TABLE "cp_hot_issues" CASCADE;
  DROP TABLE "cp_consumption" CASCADE;
  DROP TABLE "cp_exports" CASCADE;
  DROP TABLE "cp_imports" CASCADE;
  DROP TABLE "cp_partners" CASCADE;
  DROP TABLE "cp_invest_directions" CASCADE;
  DROP TABLE "cp_compliance_rules" CASCADE;
  DROP TABLE "cp_mechanisms" CASCADE;
  DROP TABLE "country_profiles" CASCADE;
  DROP TABLE "_cp_laws_v" CASCADE;
  DROP TABLE "_cp_hot_issues_v" CASCADE;
  DROP TABLE "_cp_consumption_v" CASCADE;
  DROP TABLE "_cp_exports_v" CASCADE;
  DROP TABLE "_cp_imports_v" CASCADE;
  DROP TABLE "_cp_partners_v" CASCADE;
  DROP TABLE "_cp_invest_directions_v" CASCADE;
  DROP TABLE "_cp_compliance_rules_v" CASCADE;
  DROP TABLE "_cp_mechanisms_v" CASCADE;
  DROP TABLE "_country_profiles_v" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_tags_status";
  DROP TYPE "public"."enum_risk_alerts_level";
  DROP TYPE "public"."enum_risk_alerts_kind";
  DROP TYPE "public"."enum_risk_alerts_issuer";
  DROP TYPE "public"."enum_risk_alerts_status";
  DROP TYPE "public"."enum__risk_alerts_v_version_level";
  DROP TYPE "public"."enum__risk_alerts_v_version_kind";
  DROP TYPE "public"."enum__risk_alerts_v_version_issuer";
  DROP TYPE "public"."enum__risk_alerts_v_version_status";
  DROP TYPE "public"."enum_projects_kind";
  DROP TYPE "public"."enum_projects_stage";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_kind";
  DROP TYPE "public"."enum__projects_v_version_stage";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum_service_guides_status";
  DROP TYPE "public"."enum__service_guides_v_version_status";
  DROP TYPE "public"."enum_countries_region";
  DROP TYPE "public"."enum_countries_status";
  DROP TYPE "public"."enum__countries_v_version_region";
  DROP TYPE "public"."enum__countries_v_version_status";
  DROP TYPE "public"."enum_providers_category";
  DROP TYPE "public"."enum_providers_status";
  DROP TYPE "public"."enum__providers_v_version_category";
  DROP TYPE "public"."enum__providers_v_version_status";
  DROP TYPE "public"."enum_finance_products_product_type";
  DROP TYPE "public"."enum_finance_products_status";
  DROP TYPE "public"."enum__finance_products_v_version_product_type";
  DROP TYPE "public"."enum__finance_products_v_version_status";
  DROP TYPE "public"."enum_trainings_organiser_type";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_organiser_type";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum_courseware_kind";
  DROP TYPE "public"."enum_courseware_status";
  DROP TYPE "public"."enum__courseware_v_version_kind";
  DROP TYPE "public"."enum__courseware_v_version_status";
  DROP TYPE "public"."enum_country_profiles_status";
  DROP TYPE "public"."enum__country_profiles_v_version_status";
  DROP TYPE "public"."enum_users_roles";`)
}
