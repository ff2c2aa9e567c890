import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "risk_alerts" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_risk_alerts_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "service_guides" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_service_guides_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "countries" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_countries_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "providers" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_providers_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "finance_products" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_finance_products_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "trainings" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "courseware" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_courseware_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "country_profiles" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_country_profiles_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  CREATE INDEX "articles_deleted_at_idx" ON "articles" USING btree ("deleted_at");
  CREATE INDEX "_articles_v_version_version_deleted_at_idx" ON "_articles_v" USING btree ("version_deleted_at");
  CREATE INDEX "topics_deleted_at_idx" ON "topics" USING btree ("deleted_at");
  CREATE INDEX "_topics_v_version_version_deleted_at_idx" ON "_topics_v" USING btree ("version_deleted_at");
  CREATE INDEX "risk_alerts_deleted_at_idx" ON "risk_alerts" USING btree ("deleted_at");
  CREATE INDEX "_risk_alerts_v_version_version_deleted_at_idx" ON "_risk_alerts_v" USING btree ("version_deleted_at");
  CREATE INDEX "projects_deleted_at_idx" ON "projects" USING btree ("deleted_at");
  CREATE INDEX "_projects_v_version_version_deleted_at_idx" ON "_projects_v" USING btree ("version_deleted_at");
  CREATE INDEX "service_guides_deleted_at_idx" ON "service_guides" USING btree ("deleted_at");
  CREATE INDEX "_service_guides_v_version_version_deleted_at_idx" ON "_service_guides_v" USING btree ("version_deleted_at");
  CREATE INDEX "countries_deleted_at_idx" ON "countries" USING btree ("deleted_at");
  CREATE INDEX "_countries_v_version_version_deleted_at_idx" ON "_countries_v" USING btree ("version_deleted_at");
  CREATE INDEX "providers_deleted_at_idx" ON "providers" USING btree ("deleted_at");
  CREATE INDEX "_providers_v_version_version_deleted_at_idx" ON "_providers_v" USING btree ("version_deleted_at");
  CREATE INDEX "finance_products_deleted_at_idx" ON "finance_products" USING btree ("deleted_at");
  CREATE INDEX "_finance_products_v_version_version_deleted_at_idx" ON "_finance_products_v" USING btree ("version_deleted_at");
  CREATE INDEX "trainings_deleted_at_idx" ON "trainings" USING btree ("deleted_at");
  CREATE INDEX "_trainings_v_version_version_deleted_at_idx" ON "_trainings_v" USING btree ("version_deleted_at");
  CREATE INDEX "courseware_deleted_at_idx" ON "courseware" USING btree ("deleted_at");
  CREATE INDEX "_courseware_v_version_version_deleted_at_idx" ON "_courseware_v" USING btree ("version_deleted_at");
  CREATE INDEX "country_profiles_deleted_at_idx" ON "country_profiles" USING btree ("deleted_at");
  CREATE INDEX "_country_profiles_v_version_version_deleted_at_idx" ON "_country_profiles_v" USING btree ("version_deleted_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_deleted_at_idx";
  DROP INDEX "_articles_v_version_version_deleted_at_idx";
  DROP INDEX "topics_deleted_at_idx";
  DROP INDEX "_topics_v_version_version_deleted_at_idx";
  DROP INDEX "risk_alerts_deleted_at_idx";
  DROP INDEX "_risk_alerts_v_version_version_deleted_at_idx";
  DROP INDEX "projects_deleted_at_idx";
  DROP INDEX "_projects_v_version_version_deleted_at_idx";
  DROP INDEX "service_guides_deleted_at_idx";
  DROP INDEX "_service_guides_v_version_version_deleted_at_idx";
  DROP INDEX "countries_deleted_at_idx";
  DROP INDEX "_countries_v_version_version_deleted_at_idx";
  DROP INDEX "providers_deleted_at_idx";
  DROP INDEX "_providers_v_version_version_deleted_at_idx";
  DROP INDEX "finance_products_deleted_at_idx";
  DROP INDEX "_finance_products_v_version_version_deleted_at_idx";
  DROP INDEX "trainings_deleted_at_idx";
  DROP INDEX "_trainings_v_version_version_deleted_at_idx";
  DROP INDEX "courseware_deleted_at_idx";
  DROP INDEX "_courseware_v_version_version_deleted_at_idx";
  DROP INDEX "country_profiles_deleted_at_idx";
  DROP INDEX "_country_profiles_v_version_version_deleted_at_idx";
  ALTER TABLE "articles" DROP COLUMN "deleted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "topics" DROP COLUMN "deleted_at";
  ALTER TABLE "_topics_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "risk_alerts" DROP COLUMN "deleted_at";
  ALTER TABLE "_risk_alerts_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "projects" DROP COLUMN "deleted_at";
  ALTER TABLE "_projects_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "service_guides" DROP COLUMN "deleted_at";
  ALTER TABLE "_service_guides_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "countries" DROP COLUMN "deleted_at";
  ALTER TABLE "_countries_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "providers" DROP COLUMN "deleted_at";
  ALTER TABLE "_providers_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "finance_products" DROP COLUMN "deleted_at";
  ALTER TABLE "_finance_products_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "trainings" DROP COLUMN "deleted_at";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "courseware" DROP COLUMN "deleted_at";
  ALTER TABLE "_courseware_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "country_profiles" DROP COLUMN "deleted_at";
  ALTER TABLE "_country_profiles_v" DROP COLUMN "version_deleted_at";`)
}
