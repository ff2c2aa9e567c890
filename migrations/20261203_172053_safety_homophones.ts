import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" ADD COLUMN "homophones" boolean DEFAULT false;
  ALTER TABLE "_sensitive_words_v" ADD COLUMN "version_homophones" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" DROP COLUMN "homophones";
  ALTER TABLE "_sensitive_words_v" DROP COLUMN "version_homophones";`)
}
