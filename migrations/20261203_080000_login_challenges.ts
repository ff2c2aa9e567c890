// Login challenges, each spent once (cms/lib/auth/challenge.ts). Internal table: no Payload collection.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "login_challenges" (
      "id" uuid PRIMARY KEY NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
      "step" varchar NOT NULL,
      "expires_at" timestamp(3) with time zone NOT NULL,
      "spent_at" timestamp(3) with time zone
    );
    CREATE INDEX "login_challenges_expires_at_idx" ON "login_challenges" USING btree ("expires_at");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "login_challenges";`)
}
