// Content changes that alter the public portal request a site build (see cms/lib/siteBuildQueue.ts).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { cutText } from '../../contracts/text/index.ts'
import { requestSiteBuild } from '../lib/siteBuildQueue.ts'
import { TRANSITION, type TransitionContext } from '../../plugins/review-workflow/options.ts'

type Doc = { id: string | number; _status?: 'draft' | 'published' | null; title?: string; name?: string }

const describe = (collection: string, doc: Doc, action: string) =>
  cutText(`${action} ${collection} ${doc.title ?? doc.name ?? doc.id}`, 200)

/** Drafts do not touch the site: only a publish, an update of something published, or an unpublish. */
export const requestSiteBuildAfterChange: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req, collection, context, operation }) => {
  if (context.skipSiteBuild) return doc
  const publishable = Boolean(collection.versions?.drafts)
  const live = doc._status === 'published'
  const wasLive = previousDoc?._status === 'published'
  // Withdrawing a live document with a newer draft pending: the previous state Payload reports is the draft's.
  const withdrawing = (context[TRANSITION] as TransitionContext | undefined)?.toKind === 'unpublished'
  if (publishable && !live && !wasLive && !withdrawing) return doc
  // A live document leaves the site only by a workflow transition; any other save of it is a new draft.
  if (publishable && !live && !context[TRANSITION]) return doc
  const action = !publishable ? (operation === 'create' ? '新建' : '修改') : live ? (wasLive ? '更新' : '发布') : '撤销发布'
  await requestSiteBuild(req, { reason: describe(collection.slug, doc, action), collection: collection.slug, docId: String(doc.id) })
  return doc
}

export const requestSiteBuildAfterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req, collection, context }) => {
  if (context.skipSiteBuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await requestSiteBuild(req, { reason: describe(collection.slug, doc, '删除'), collection: collection.slug, docId: String(doc.id) })
  return doc
}

export const requestSiteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global, context }) => {
  if (!context.skipSiteBuild) await requestSiteBuild(req, { reason: `修改 ${global.slug}`, collection: global.slug })
  return doc
}
