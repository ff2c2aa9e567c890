// Content changes that alter the public portal request a site build (see cms/publish/queue.ts).
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { cutText } from '../../contracts/text/index.ts'
import { documentTitle } from '../lib/documentTitle.ts'
import { requestSiteBuild } from './queue.ts'

type Doc = {
  id: string | number
  _status?: 'draft' | 'published' | null
  title?: string
  name?: string
}

const describe = (collection: string, doc: Doc, action: string) =>
  cutText(`${action} ${collection} ${documentTitle(doc)}`, 200)

/**
 * Drafts do not touch the site: only a save that is live (a publication, or an update of something
 * published) or of a collection without drafts. A live document leaves the site only by a workflow
 * transition, which the workflow reports to `requestSiteBuildAfterTransition`; any other save of it is a draft.
 */
export const requestSiteBuildAfterChange: CollectionAfterChangeHook<Doc> = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
  operation,
}) => {
  if (context.skipSiteBuild) return doc
  const publishable = Boolean(collection.versions?.drafts)
  const live = doc._status === 'published'
  if (publishable && !live) return doc
  const wasLive = previousDoc?._status === 'published'
  const action = !publishable
    ? operation === 'create'
      ? '新建'
      : '修改'
    : wasLive
      ? '更新'
      : '发布'
  await requestSiteBuild(req, {
    reason: describe(collection.slug, doc, action),
    collection: collection.slug,
    docId: String(doc.id),
  })
  return doc
}

/** What the review workflow reports after a transition (its `afterTransition` option; structurally typed). */
export type AppliedTransition = {
  collection: string
  toStage: string
  doc: Record<string, unknown>
  previousDoc: Record<string, unknown>
}

/**
 * A transition that leaves the document off the site: a withdrawal (withdrawing a live document with a newer
 * draft pending too, where the previous version is the draft), or a step out of the live version.
 * Publications are live saves, requested by `requestSiteBuildAfterChange`.
 */
export async function requestSiteBuildAfterTransition(
  req: PayloadRequest,
  transition: AppliedTransition,
): Promise<void> {
  if (req.context.skipSiteBuild) return
  const doc = transition.doc as Doc
  if (doc._status === 'published') return
  const wasLive = (transition.previousDoc as Doc)._status === 'published'
  if (transition.toStage !== 'unpublished' && !wasLive) return
  await requestSiteBuild(req, {
    reason: describe(transition.collection, doc, '撤销发布'),
    collection: transition.collection,
    docId: String(doc.id),
  })
}

export const requestSiteBuildAfterDelete: CollectionAfterDeleteHook<Doc> = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (context.skipSiteBuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await requestSiteBuild(req, {
    reason: describe(collection.slug, doc, '删除'),
    collection: collection.slug,
    docId: String(doc.id),
  })
  return doc
}

export const requestSiteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  req,
  global,
  context,
}) => {
  if (!context.skipSiteBuild)
    await requestSiteBuild(req, { reason: `修改 ${global.slug}`, collection: global.slug })
  return doc
}
