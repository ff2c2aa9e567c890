// Applying one transition to one document, in one transaction: lock the document, check that nobody changed
// it since the actor loaded it, check the transition (from the current state, allowed for the actor, comment,
// conditions), save (publishing or unpublishing only here), write the history entry and the audit record.
import { sql } from '@payloadcms/db-postgres'
import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { query } from '../../cms/lib/db/sql.ts'
import { actorMay, currentState, stateByKey, unmetCondition, type Workflow, type WorkflowState } from './definition.ts'
import { HISTORY } from './collections.ts'
import { defaultRolesOf, TRANSITION, type ReviewWorkflowOptions } from './options.ts'
import { workflowOf } from './workflowOf.ts'

export type TransitionRequest = {
  collection: string
  id: string
  transition: string
  comment?: string | null
  /** `updatedAt` of the document as the actor saw it. */
  version: string
  assignees?: string[]
}

export type TransitionResult = { id: string; state: string; status: string; version: string }

const refuse = (status: number, message: string, code: string) => new APIError(message, status, { code }, true)

export const tableOf = (slug: string) => slug.replace(/-/g, '_')

/** Holds the document's row until the transaction ends, so saves and transitions on it happen one at a time. */
export async function lockDocument(req: PayloadRequest, collection: string, id: string): Promise<void> {
  await query(req, sql`SELECT id FROM ${sql.identifier(tableOf(collection))} WHERE id = ${id} FOR UPDATE`)
}

export async function applyTransition(req: PayloadRequest, options: ReviewWorkflowOptions, input: TransitionRequest): Promise<TransitionResult> {
  if (!req.user) throw refuse(401, '请先登录', 'unauthenticated')
  const owned = await initTransaction(req)
  try {
    const result = await transitionInTransaction(req, options, input)
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}

async function transitionInTransaction(req: PayloadRequest, options: ReviewWorkflowOptions, input: TransitionRequest): Promise<TransitionResult> {
  const { collection, id } = input
  const workflow = await workflowOf(req, collection)
  if (!workflow) throw refuse(409, '这类内容还没有配置审核流程，不能流转或发布：请管理员在“审核流程”中为它指定流程', 'no_workflow')
  await lockDocument(req, collection, id)
  // Read with the actor's own access: a document they cannot see does not exist for them.
  const doc = (await req.payload.findByID({ collection: collection as 'articles', id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })) as
    (Record<string, unknown> & { id: string; updatedAt: string; workflowState?: string | null; _status?: string }) | null
  if (!doc) throw refuse(404, '文档不存在或您无权查看', 'not_found')
  if (doc.updatedAt !== input.version) {
    throw refuse(409, '文档在您打开之后已被他人修改或流转，请刷新后查看最新内容再操作', 'version_conflict')
  }
  const transition = workflow.transitions.find((t) => t.key === input.transition)
  if (!transition) throw refuse(400, `流程“${workflow.name}”中没有“${input.transition}”这一步`, 'unknown_transition')
  const from = currentState(workflow, doc)
  if (!transition.from.includes(from.key)) throw refuse(409, `文档当前处于“${from.label}”，不能执行“${transition.label}”`, 'wrong_state')
  const actor = { id: String(req.user!.id), roles: (options.rolesOf ?? defaultRolesOf)(req.user) }
  if (!actorMay(transition, actor)) throw refuse(403, `您没有执行“${transition.label}”的权限`, 'not_permitted')
  if (transition.distinctReviewer) {
    const earlier = await actorsThisRound(req, workflow, collection, id)
    if (earlier.has(actor.id)) throw refuse(403, `三审须由不同人员完成：您已参与本轮审核，不能再执行“${transition.label}”`, 'same_reviewer')
  }
  const comment = input.comment?.trim() || null
  if (transition.commentRequired && !comment) throw refuse(400, `执行“${transition.label}”必须填写意见`, 'comment_required')
  const unmet = unmetCondition(transition, doc)
  if (unmet) throw refuse(409, `不能执行“${transition.label}”：${unmet}`, 'condition_unmet')
  const to = stateByKey(workflow, transition.to)!

  const data: Record<string, unknown> = {
    workflowState: to.key,
    workflowDueAt: transition.dueHours ? new Date(Date.now() + transition.dueHours * 3_600_000).toISOString() : null,
    workflowRemindedAt: null,
  }
  if (input.assignees) data.workflowAssignees = input.assignees
  if (to.kind === 'published') data._status = 'published'
  if (to.kind === 'unpublished') data._status = 'draft'
  const saved = await save(req, { workflow, collection, id, doc, from, to, data, transition: { key: transition.key, label: transition.label }, actor, comment }, options)
  return { id, state: to.key, status: saved._status ?? 'draft', version: saved.updatedAt }
}

type Step = {
  workflow: Workflow; collection: string; id: string; doc: Record<string, unknown>; from: WorkflowState; to: WorkflowState
  data: Record<string, unknown>; transition: { key: string; label: string }; actor: { id: string; roles: string[] }; comment: string | null
}

/** Saves the document in its new state (publishing or unpublishing only here), then history and audit. */
async function save(req: PayloadRequest, step: Step, options: ReviewWorkflowOptions): Promise<{ updatedAt: string; _status?: string }> {
  const { collection, id, from, to, transition, actor, comment } = step
  const changesLiveDocument = to.kind === 'published' || to.kind === 'unpublished'
  const event = { collection, id, transition: transition.key, from: from.key, to: to.key, comment }
  const saved = (await req.payload.update({
    collection: collection as 'articles',
    id,
    data: step.data,
    draft: !changesLiveDocument,
    depth: 0,
    req,
    overrideAccess: true,
    context: { [TRANSITION]: event },
  })) as unknown as { id: string; updatedAt: string; _status?: string; workflowState: string }

  await req.payload.create({
    collection: HISTORY as 'workflow-history',
    data: {
      collectionSlug: collection,
      documentId: id,
      documentTitle: titleOf(step.doc),
      workflow: step.workflow.id,
      transition: transition.key,
      transitionLabel: transition.label,
      from: from.key,
      to: to.key,
      toLabel: to.label,
      actor: actor.id,
      actorRoles: actor.roles.join(','),
      comment,
      version: saved.updatedAt,
    } as never,
    req,
    overrideAccess: true,
  })
  await options.audit?.(req, event)
  return saved
}

export type MoveRequest = { workflowId: string; collection: string; from: string; to: string; comment: string }

/**
 * An administrator moves every document of a collection out of one state into another of the same
 * workflow (before removing a state, or to release documents stuck in it). The target must be a draft or
 * review state: nothing goes live or offline this way. Each document gets a history entry and an audit record.
 */
export async function moveDocuments(req: PayloadRequest, options: ReviewWorkflowOptions, input: MoveRequest): Promise<{ moved: number }> {
  const owned = await initTransaction(req)
  try {
    const workflow = await workflowOf(req, input.collection)
    if (!workflow || workflow.id !== input.workflowId) throw refuse(400, `${input.collection} 不使用这个流程`, 'wrong_workflow')
    const from = stateByKey(workflow, input.from)
    const to = stateByKey(workflow, input.to)
    if (!from || !to) throw refuse(400, `流程“${workflow.name}”中没有状态“${!from ? input.from : input.to}”`, 'unknown_state')
    if (to.kind === 'published' || to.kind === 'unpublished') throw refuse(400, '只能把文档移到草稿或审核中的状态：发布和撤销发布必须通过流转', 'live_target')
    const { docs } = await req.payload.find({ collection: input.collection as 'articles', draft: true, depth: 0, limit: 0, pagination: false, where: { workflowState: { equals: from.key } }, req, overrideAccess: true })
    const actor = { id: String(req.user!.id), roles: (options.rolesOf ?? defaultRolesOf)(req.user) }
    for (const doc of docs as unknown as (Record<string, unknown> & { id: string })[]) {
      await lockDocument(req, input.collection, String(doc.id))
      await save(req, { workflow, collection: input.collection, id: String(doc.id), doc, from, to, data: { workflowState: to.key }, transition: { key: 'admin-move', label: '管理员移动' }, actor, comment: input.comment }, options)
    }
    if (owned) await commitTransaction(req)
    return { moved: docs.length }
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}

/** Who acted on the document since it last left a draft state (the current review round), submitter included. */
async function actorsThisRound(req: PayloadRequest, workflow: Workflow, collection: string, id: string): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: HISTORY as 'workflow-history',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 100,
    req,
    overrideAccess: true,
  })
  const actors = new Set<string>()
  for (const entry of docs as unknown as { actor?: string | null; from?: string | null }[]) {
    if (entry.actor) actors.add(String(entry.actor))
    const kind = entry.from ? stateByKey(workflow, entry.from)?.kind : undefined
    if (kind === 'draft' || kind === 'unpublished' || kind === 'published') break
  }
  return actors
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.id).slice(0, 200)

export type { Workflow }
