// Server-side enforcement on every governed collection, whatever the entry point (REST, GraphQL, Local API
// with or without a user, bulk operations, restoring a version): documents go live, change while live and
// go offline only through a workflow transition. Everything else is a draft.
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'
import { currentState, initialState } from './definition.ts'
import { SYSTEM_WRITE, TRANSITION } from './options.ts'
import { lockDocument } from './transition.ts'
import { workflowOf } from './workflowOf.ts'

const refused = (message: string) => new APIError(message, 403, { code: 'workflow_required' }, true)

type WriteArgs = { data?: { _status?: string }; draft?: boolean; id?: string | number }

export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (req.context[TRANSITION] || (!req.user && req.context[SYSTEM_WRITE])) return args
  if (operation === 'restoreVersion') {
    // Restoring as a draft is an edit; restoring straight to the live document would skip review.
    if ((args as WriteArgs).draft) return args
    throw refused('恢复历史版本会直接改变已发布内容，必须通过审核：请以草稿方式恢复后提交审核')
  }
  if (operation !== 'create' && operation !== 'update') return args
  const { data, id } = args as WriteArgs
  if (data?._status === 'published') throw refused('发布只能通过审核流程完成：请提交审核，由有权限的审核人执行发布')
  if (operation === 'create') return args
  if (data?._status === 'draft' && !(args as WriteArgs).draft) {
    // Unpublishing. For one document that is not live this is an ordinary draft save.
    const live = id === undefined || (await req.payload.count({ collection: collection.slug as 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, req, overrideAccess: true })).totalDocs > 0
    if (live) throw refused('撤销发布只能通过审核流程中的“撤销发布”完成')
  }
  // Any other save is a draft: a live document keeps its published version until a transition publishes the new one.
  return { ...args, draft: true }
}

/** Keeps the workflow state right on every save, and serialises saves with transitions on the same document. */
export const trackState: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection, context }) => {
  const transition = context[TRANSITION] as { to: string } | undefined
  if (transition) {
    data.workflowState = transition.to
    return data
  }
  const workflow = await workflowOf(req, collection.slug)
  if (!workflow) {
    data.workflowState = originalDoc?.workflowState ?? null
    return data
  }
  if (context[SYSTEM_WRITE] && operation === 'update') {
    data.workflowState = originalDoc.workflowState ?? currentState(workflow, originalDoc).key
    return data
  }
  if (operation === 'create') {
    const seededLive = context[SYSTEM_WRITE] && data._status === 'published'
    data.workflowState = (seededLive ? workflow.states.find((s) => s.kind === 'published')! : initialState(workflow)).key
    return data
  }
  await lockDocument(req, collection.slug, String(originalDoc.id))
  const state = currentState(workflow, originalDoc)
  // Editing a live or withdrawn document starts a new revision at the beginning of the workflow.
  data.workflowState = state.kind === 'published' || state.kind === 'unpublished' ? initialState(workflow).key : state.key
  data.workflowDueAt = originalDoc.workflowDueAt ?? null
  return data
}
