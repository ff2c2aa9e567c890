// A governed document's row lock and whether it is live.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { query, tableOf } from '../../../cms/lib/db/sql.ts'

/** Holds the document's row until the transaction ends, so saves and transitions on it happen one at a time. */
export async function lockDocument(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<void> {
  await query(
    req,
    sql`SELECT id FROM ${sql.identifier(tableOf(collection))} WHERE id = ${id} FOR UPDATE`,
  )
}

/** Is the document's published version on the site (whatever its latest revision is)? */
export async function isLive(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}
