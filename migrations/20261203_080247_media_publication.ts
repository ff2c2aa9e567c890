import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { rebuildMediaPublications } from '../cms/lib/media/publications.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "is_public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "extraction_note" varchar;
  ALTER TABLE "media" ADD COLUMN "extracted_text" varchar;
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");`)
  // Which published documents use which file (cms/lib/media/publications.ts); kept by hooks, not by Payload.
  await db.execute(sql`
  CREATE TABLE "media_publications" (
  	"media_id" uuid NOT NULL REFERENCES "media"("id") ON DELETE CASCADE,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	PRIMARY KEY ("collection", "document_id", "media_id")
  );
  CREATE INDEX "media_publications_media_idx" ON "media_publications" USING btree ("media_id");`)
  // Files already used by published content stay public after the upgrade.
  await rebuildMediaPublications(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "media_publications";
   DROP INDEX "media_is_public_idx";
  ALTER TABLE "media" DROP COLUMN "is_public";
  ALTER TABLE "media" DROP COLUMN "extraction_note";
  ALTER TABLE "media" DROP COLUMN "extracted_text";`)
}
