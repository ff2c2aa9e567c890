import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// One name, one meaning: four stored fields called `kind` get the name of what they hold — a project's
// cooperation type, a risk alert's risk type, a courseware item's format, a message's event type. Columns,
// their enum types and indexes are renamed in place, so every stored value stays.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "projects" RENAME COLUMN "kind" TO "cooperation_type";
  ALTER TYPE "public"."enum_projects_kind" RENAME TO "enum_projects_cooperation_type";
  ALTER INDEX "projects_kind_idx" RENAME TO "projects_cooperation_type_idx";
  ALTER TABLE "_projects_v" RENAME COLUMN "version_kind" TO "version_cooperation_type";
  ALTER TYPE "public"."enum__projects_v_version_kind" RENAME TO "enum__projects_v_version_cooperation_type";
  ALTER INDEX "_projects_v_version_version_kind_idx" RENAME TO "_projects_v_version_version_cooperation_type_idx";
  ALTER TABLE "risk_alerts" RENAME COLUMN "kind" TO "risk_type";
  ALTER TYPE "public"."enum_risk_alerts_kind" RENAME TO "enum_risk_alerts_risk_type";
  ALTER INDEX "risk_alerts_kind_idx" RENAME TO "risk_alerts_risk_type_idx";
  ALTER TABLE "_risk_alerts_v" RENAME COLUMN "version_kind" TO "version_risk_type";
  ALTER TYPE "public"."enum__risk_alerts_v_version_kind" RENAME TO "enum__risk_alerts_v_version_risk_type";
  ALTER INDEX "_risk_alerts_v_version_version_kind_idx" RENAME TO "_risk_alerts_v_version_version_risk_type_idx";
  ALTER TABLE "courseware" RENAME COLUMN "kind" TO "format";
  ALTER TYPE "public"."enum_courseware_kind" RENAME TO "enum_courseware_format";
  ALTER TABLE "_courseware_v" RENAME COLUMN "version_kind" TO "version_format";
  ALTER TYPE "public"."enum__courseware_v_version_kind" RENAME TO "enum__courseware_v_version_format";
  ALTER TABLE "messages" RENAME COLUMN "kind" TO "event_type";
  ALTER INDEX "messages_kind_idx" RENAME TO "messages_event_type_idx";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER INDEX "messages_event_type_idx" RENAME TO "messages_kind_idx";
  ALTER TABLE "messages" RENAME COLUMN "event_type" TO "kind";
  ALTER TYPE "public"."enum__courseware_v_version_format" RENAME TO "enum__courseware_v_version_kind";
  ALTER TABLE "_courseware_v" RENAME COLUMN "version_format" TO "version_kind";
  ALTER TYPE "public"."enum_courseware_format" RENAME TO "enum_courseware_kind";
  ALTER TABLE "courseware" RENAME COLUMN "format" TO "kind";
  ALTER INDEX "_risk_alerts_v_version_version_risk_type_idx" RENAME TO "_risk_alerts_v_version_version_kind_idx";
  ALTER TYPE "public"."enum__risk_alerts_v_version_risk_type" RENAME TO "enum__risk_alerts_v_version_kind";
  ALTER TABLE "_risk_alerts_v" RENAME COLUMN "version_risk_type" TO "version_kind";
  ALTER INDEX "risk_alerts_risk_type_idx" RENAME TO "risk_alerts_kind_idx";
  ALTER TYPE "public"."enum_risk_alerts_risk_type" RENAME TO "enum_risk_alerts_kind";
  ALTER TABLE "risk_alerts" RENAME COLUMN "risk_type" TO "kind";
  ALTER INDEX "_projects_v_version_version_cooperation_type_idx" RENAME TO "_projects_v_version_version_kind_idx";
  ALTER TYPE "public"."enum__projects_v_version_cooperation_type" RENAME TO "enum__projects_v_version_kind";
  ALTER TABLE "_projects_v" RENAME COLUMN "version_cooperation_type" TO "version_kind";
  ALTER INDEX "projects_cooperation_type_idx" RENAME TO "projects_kind_idx";
  ALTER TYPE "public"."enum_projects_cooperation_type" RENAME TO "enum_projects_kind";
  ALTER TABLE "projects" RENAME COLUMN "cooperation_type" TO "kind";`)
}
