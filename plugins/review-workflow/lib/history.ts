// Reading and writing a document's workflow history (流转记录), and the shared filter by document.
import type { PayloadRequest, Where } from 'payload'
import { documentTitle } from '../../../cms/lib/documentTitle.ts'
import { cutText } from '../../../contracts/text/index.ts'
import { HISTORY } from '../collections/slugs.ts'
import type { HistoryEntry } from './definition.ts'

/** History entries or schedules of one document. */
export const ofDocument = (collection: string, id: string, ...more: Where[]): Where => ({
  and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }, ...more],
})

/** The title stored with a history entry or a schedule. */
export const titleOf = (doc: Record<string, unknown>) => cutText(documentTitle(doc), 200)

/** Appends one entry to a document's history (access is the caller's: every transition path checks it first). */
export async function addHistory(req: PayloadRequest, entry: HistoryEntry): Promise<void> {
  await req.payload.create({
    collection: HISTORY as 'workflow-history',
    data: {
      ...entry,
      actor: entry.actor ?? null,
      actorRoles: entry.actorRoles ?? null,
      dueAt: entry.dueAt ?? null,
    } as never,
    req,
    overrideAccess: true,
  })
}

/** The document's history, newest first (the rules in definition.ts read the current round from it). */
export async function documentHistory(
  req: PayloadRequest,
  collection: string,
  id: string,
  limit = 100,
): Promise<HistoryEntry[]> {
  const { docs } = await req.payload.find({
    collection: HISTORY as 'workflow-history',
    where: ofDocument(collection, id),
    sort: '-createdAt',
    depth: 0,
    limit,
    req,
    overrideAccess: true,
  })
  return docs as unknown as HistoryEntry[]
}
