// Server-side enforcement on every governed collection, whatever the entry point (REST, GraphQL, Local API
// with or without a user, bulk operations, restoring a version): documents go live, change while live and
// go offline only through a workflow transition. Everything else is a draft.
import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { SYSTEM_WRITE, TRANSITION } from '../context.ts'
import { isLive } from '../lib/document.ts'

const refused = (message: string) => new APIError(message, 403, { code: 'workflow_required' }, true)

type WriteArgs = {
  data?: { _status?: string; deletedAt?: unknown }
  draft?: boolean
  id?: string | number
  where?: Where
}

/** The documents an operation addresses (one by id, or many by a filter), narrowed by `more`. */
const targets = (args: WriteArgs, ...more: Where[]): Where => ({
  and: [args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {}), ...more],
})

/**
 * Trash (垃圾箱): moving a document in or out changes nothing else, and a live document cannot be moved in
 * (it must be withdrawn through the workflow first). Payload writes the trash mark on the document itself,
 * so this is not turned into a draft save.
 */
async function guardTrash<A extends WriteArgs>(
  args: A,
  req: PayloadRequest,
  slug: string,
): Promise<A> {
  const other = Object.keys(args.data ?? {}).filter(
    (key) => key !== 'deletedAt' && key !== '_status',
  )
  if (other.length)
    throw new APIError(
      '移入或移出垃圾箱时不能同时修改内容',
      400,
      { code: 'trash_with_changes' },
      true,
    )
  if (args.data?.deletedAt) {
    const live = await req.payload.count({
      collection: slug as 'articles',
      where: targets(args, { _status: { equals: 'published' } }),
      req,
      overrideAccess: true,
    })
    if (live.totalDocs)
      throw refused('已发布的文档不能删除：请先通过审核流程“撤销发布”下线，再移入垃圾箱')
  }
  return { ...args, draft: false }
}

export const guardPublishing: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (req.context[TRANSITION] || (!req.user && req.context[SYSTEM_WRITE])) return args
  if (operation === 'restoreVersion') {
    // Restoring as a draft is an edit; restoring straight to the live document would skip review.
    if ((args as WriteArgs).draft) return args
    throw refused('恢复历史版本会直接改变已发布内容，必须通过审核：请以草稿方式恢复后提交审核')
  }
  if (operation === 'delete') {
    // Deleting for good happens only from the trash; what is not in it is moved there instead.
    const outside = await req.payload.count({
      collection: collection.slug as 'articles',
      where: targets(args as WriteArgs, { deletedAt: { exists: false } }),
      req,
      overrideAccess: true,
    })
    if (outside.totalDocs)
      throw new APIError(
        '只能永久删除垃圾箱中的文档：请先移入垃圾箱（已发布的须先撤销发布）',
        409,
        { code: 'not_in_trash' },
        true,
      )
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const { data, id } = args as WriteArgs
  if (data?._status === 'published')
    throw refused('发布只能通过审核流程完成：请提交审核，由有权限的审核人执行发布')
  // A new document, a copy of a live one included, starts as a draft.
  if (operation === 'create') return { ...args, draft: true }
  let save = args
  if (data && 'deletedAt' in data) {
    // Moving in or out of the trash only where the mark changes: the admin's form sends the whole document,
    // `deletedAt: null` included, with every ordinary save.
    const moving = await req.payload.count({
      collection: collection.slug as 'articles',
      where: targets(args as WriteArgs, { deletedAt: { exists: !data.deletedAt } }),
      trash: true,
      req,
      overrideAccess: true,
    })
    if (moving.totalDocs) return guardTrash(args, req, collection.slug)
    const { deletedAt: _unchanged, ...rest } = data
    save = { ...args, data: rest } as typeof args
  }
  if (data?._status === 'draft' && !(args as WriteArgs).draft) {
    // Unpublishing. For one document that is not live this is an ordinary draft save.
    const live = id === undefined || (await isLive(req, collection.slug, String(id)))
    if (live) throw refused('撤销发布只能通过审核流程中的“撤销发布”完成')
  }
  // Any other save is a draft: a live document keeps its published version until a transition publishes the new one.
  return { ...save, draft: true }
}
