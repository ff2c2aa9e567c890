// Reading a document the way the person asking may see it: its newest draft, with their access applied,
// in their request's transaction. Endpoints that act on one document (check, accept a finding, show or
// move its workflow) start from here, so a document someone may not read answers exactly like one that
// does not exist.
import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The newest draft of `collection/id` as `req.user` may read it (depth 0), or `null` when it does not
 * exist, is in the trash, or the requester may not read it. `select` narrows the fields read.
 */
export async function findDraftAsRequester(
  req: PayloadRequest,
  collection: string,
  id: string,
  select?: Record<string, true>,
): Promise<Record<string, unknown> | null> {
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
    ...(select ? { select: select as never } : {}),
  })
  return doc as unknown as Record<string, unknown> | null
}
