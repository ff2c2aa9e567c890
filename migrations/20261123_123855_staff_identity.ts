import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "must_change_password" boolean;
  ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "mfa_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "password_hash" varchar;
  ALTER TABLE "users" ADD COLUMN "password_history" jsonb;
  ALTER TABLE "users" ADD COLUMN "mfa_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "recovery_codes" jsonb;
  ALTER TABLE "users" ADD COLUMN "roles_tag" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "must_change_password";
  ALTER TABLE "users" DROP COLUMN "password_changed_at";
  ALTER TABLE "users" DROP COLUMN "mfa_enabled_at";
  ALTER TABLE "users" DROP COLUMN "password_hash";
  ALTER TABLE "users" DROP COLUMN "password_history";
  ALTER TABLE "users" DROP COLUMN "mfa_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_last_step";
  ALTER TABLE "users" DROP COLUMN "recovery_codes";
  ALTER TABLE "users" DROP COLUMN "roles_tag";`)
}
