import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "phone_cipher" varchar;
  ALTER TABLE "users" ADD COLUMN "phone_index" varchar;
  CREATE INDEX "users_phone_index_idx" ON "users" USING btree ("phone_index");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "users_phone_index_idx";
  ALTER TABLE "users" DROP COLUMN "phone_cipher";
  ALTER TABLE "users" DROP COLUMN "phone_index";`)
}
