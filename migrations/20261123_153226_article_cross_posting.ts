import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" ADD COLUMN "columns_id" uuid;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "columns_id" uuid;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_columns_id_idx" ON "articles_rels" USING btree ("columns_id");
  CREATE INDEX "_articles_v_rels_columns_id_idx" ON "_articles_v_rels" USING btree ("columns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_columns_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_columns_fk";
  
  DROP INDEX "articles_rels_columns_id_idx";
  DROP INDEX "_articles_v_rels_columns_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "columns_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "columns_id";`)
}
