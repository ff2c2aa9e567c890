// Payload rewrites the whole row on every save of a media document, is_public with the value it read: the
// flag is recomputed from the publication index afterwards, so an edit of the alt text racing a publication
// cannot leave a stale value behind.
import type { CollectionAfterChangeHook } from 'payload'
import { refreshPublic } from '../../../lib/media/publications.ts'

export const keepPublicFlag: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshPublic(req, [String(doc.id)])
  return doc
}
