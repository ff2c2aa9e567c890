// Which media files are public. A file is public (media.is_public) exactly while a published, untrashed
// document of any collection uses it (lib/media/references.ts); a file used only by drafts is not, and the
// media collection's read access shows anonymous readers public files only (access/content.ts).
// media_publications holds the uses by published documents (the main row of a collection with drafts is
// its published version); each document's rows are rewritten after every change of it, in its transaction.
import { sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { query } from '../db/sql.ts'
import { MEDIA, mediaReferences, mediaSelect } from './references.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const list = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )

/** Media ids the published version of the document uses (none when it is not published or is in the trash). */
async function publishedUses(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<string[]> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return []
  // The adapter's findOne reads the collection's own row: its published version, trash included; only
  // the state and the fields that can hold a media use.
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    select: {
      _status: true,
      ...(config.trash ? { deletedAt: true } : {}),
      ...mediaSelect(config.fields),
    },
    req,
  })) as Record<string, unknown> | null
  if (!row || row._status !== 'published' || row.deletedAt) return []
  return [...new Set(mediaReferences(config.fields, row).map((use) => use.id))].filter((mediaId) =>
    UUID.test(mediaId),
  )
}

/** Recomputes `is_public` of the given files from the publication index. */
export async function refreshPublic(req: PayloadRequest, ids: string[]): Promise<void> {
  if (!ids.length) return
  await query(
    req,
    sql`UPDATE media m SET is_public = EXISTS (SELECT 1 FROM media_publications p WHERE p.media_id = m.id) WHERE m.id IN (${list(ids)})`,
  )
}

/**
 * Brings the index up to date with one document and recomputes the files it used or uses. The files' rows
 * are locked first (in a fixed order), so two documents changing uses of one file at once are applied one
 * after the other and the second sees the first's uses.
 */
export async function syncMediaPublications(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<void> {
  const now = await publishedUses(req, collection, id)
  const before = (
    await query<{ media_id: string }>(
      req,
      sql`SELECT media_id FROM media_publications WHERE collection = ${collection} AND document_id = ${id}`,
    )
  ).map((row) => String(row.media_id))
  const affected = [...new Set([...before, ...now])].sort()
  if (!affected.length) return
  await query(req, sql`SELECT id FROM media WHERE id IN (${list(affected)}) ORDER BY id FOR UPDATE`)
  await query(
    req,
    sql`DELETE FROM media_publications WHERE collection = ${collection} AND document_id = ${id}`,
  )
  if (now.length) {
    await query(
      req,
      sql`INSERT INTO media_publications (media_id, collection, document_id) SELECT id, ${collection}, ${id} FROM media WHERE id IN (${list(now)}) ON CONFLICT DO NOTHING`,
    )
  }
  await refreshPublic(req, affected)
}

/** After any save of a document with drafts: publishing, unpublishing, trashing and restoring included. */
export const syncMediaAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (collection.slug !== MEDIA) await syncMediaPublications(req, collection.slug, String(doc.id))
  return doc
}

export const syncMediaAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await syncMediaPublications(req, collection.slug, String(id))
}

/** Rebuilds the index for every published document (after the migration that introduces it). */
export async function rebuildMediaPublications(req: PayloadRequest): Promise<void> {
  for (const config of req.payload.config.collections) {
    if (!(typeof config.versions === 'object' && config.versions.drafts)) continue
    const { docs } = await req.payload.find({
      collection: config.slug as CollectionSlug,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: {},
    })
    for (const doc of docs) await syncMediaPublications(req, config.slug, String(doc.id))
  }
}
