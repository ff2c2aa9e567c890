import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" ADD COLUMN "pinyin" boolean DEFAULT false;
  ALTER TABLE "_sensitive_words_v" ADD COLUMN "version_pinyin" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sensitive_words" DROP COLUMN "pinyin";
  ALTER TABLE "_sensitive_words_v" DROP COLUMN "version_pinyin";`)
}
