// Applying one transition to one document, in one transaction: lock the document, check that nobody changed
// it since the actor loaded it, check the transition (from the current state, allowed for the actor, comment,
// conditions), save (publishing or unpublishing only here), write the history entry and the audit record.
import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'
import { inTransaction, query, tableOf } from '../../cms/lib/db/sql.ts'
import { formatBeijingTime } from '../../contracts/beijingTime.ts'
import {
  actorMay,
  actorsThisRound,
  currentState,
  isLiveKind,
  startsFrom,
  stateByKey,
  unmetCondition,
  type HistoryEntry,
  type RuleFields,
  type Transition,
  type Workflow,
  type WorkflowState,
} from './definition.ts'
import { assertAssignable } from './assignees.ts'
import { noticeOfTransition } from './notices.ts'
import { addHistory, documentHistory, ofDocument, SCHEDULES, titleOf } from './collections.ts'
import { queueDueRun } from './dueRun.ts'
import {
  actorOf,
  SCHEDULED_RUN,
  TRANSITION,
  type ResolvedOptions,
  type TransitionContext,
} from './options.ts'
import { workflowOf } from './workflowOf.ts'

export type TransitionRequest = {
  collection: string
  id: string
  transition: string
  comment?: string | null
  /** `updatedAt` of the document as the actor saw it. */
  version: string
  assignees?: string[]
  /** Publish or unpublish at this time instead of now (ISO date-time); see runDueSchedules. */
  at?: string
  /** The actor confirms findings of the host's check that need a reviewer's sign-off (see options.check). */
  override?: boolean
}

export type TransitionResult = {
  id: string
  state: string
  status: string
  version: string
  scheduledAt?: string
}

const MAX_SCHEDULE_DAYS = 366

const refuse = (status: number, message: string, code: string) =>
  new APIError(message, status, { code }, true)

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

export async function applyTransition(
  req: PayloadRequest,
  options: ResolvedOptions,
  input: TransitionRequest,
): Promise<TransitionResult> {
  if (!req.user) throw refuse(401, '请先登录', 'unauthenticated')
  return inTransaction(req, () => transitionInTransaction(req, options, input))
}

async function transitionInTransaction(
  req: PayloadRequest,
  options: ResolvedOptions,
  input: TransitionRequest,
): Promise<TransitionResult> {
  const { collection, id } = input
  const workflow = await workflowOf(req, collection)
  if (!workflow)
    throw refuse(
      409,
      '这类内容还没有配置审核流程，不能流转或发布：请管理员在“审核流程”中为它指定流程',
      'no_workflow',
    )
  await lockDocument(req, collection, id)
  // Read with the actor's own access: a document they cannot see does not exist for them.
  const doc = (await req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })) as
    | (Record<string, unknown> & {
        id: string
        updatedAt: string
        workflowState?: string | null
        _status?: string
      })
    | null
  if (!doc) throw refuse(404, '文档不存在或您无权查看', 'not_found')
  if (doc.updatedAt !== input.version) {
    throw refuse(
      409,
      '文档在您打开之后已被他人修改或流转，请刷新后查看最新内容再操作',
      'version_conflict',
    )
  }
  const transition = workflow.transitions.find((t) => t.key === input.transition)
  if (!transition)
    throw refuse(
      400,
      `流程“${workflow.name}”中没有“${input.transition}”这一步`,
      'unknown_transition',
    )
  const from = currentState(workflow, doc)
  if (!startsFrom(workflow, transition, from, await isLive(req, collection, id)))
    throw refuse(409, `文档当前处于“${from.label}”，不能执行“${transition.label}”`, 'wrong_state')
  const actor = actorOf(req, options)
  if (!actorMay(transition, actor))
    throw refuse(403, `您没有执行“${transition.label}”的权限`, 'not_permitted')
  const history = await documentHistory(req, collection, id)
  if (transition.distinctReviewer && actorsThisRound(workflow, history).has(actor.id)) {
    throw refuse(
      403,
      `三审须由不同人员完成：您已参与本轮审核，不能再执行“${transition.label}”`,
      'same_reviewer',
    )
  }
  const comment = input.comment?.trim() || null
  if (transition.commentRequired && !comment)
    throw refuse(400, `执行“${transition.label}”必须填写意见`, 'comment_required')
  const unmet = unmetCondition(transition, doc)
  if (unmet) throw refuse(409, `不能执行“${transition.label}”：${unmet}`, 'condition_unmet')
  const to = stateByKey(workflow, transition.to)!
  // The history as it will stand after this step: the actor then counts as having acted in the round.
  const after = [{ actor: actor.id, from: from.key, transition: transition.key }, ...history]
  if (input.assignees?.length) {
    if (to.kind !== 'review')
      throw refuse(
        400,
        `“${transition.label}”之后没有待办的审核环节，不能指定处理人`,
        'invalid_assignees',
      )
    await assertAssignable(req, options, workflow, to, after, input.assignees)
  }
  if (isLiveKind(to.kind) && !req.context[SCHEDULED_RUN]) {
    const pending = await req.payload.count({
      collection: SCHEDULES as 'workflow-schedules',
      where: ofDocument(collection, id, { status: { equals: 'pending' } }),
      req,
      overrideAccess: true,
    })
    if (pending.totalDocs)
      throw refuse(
        409,
        '这篇文档已有等待执行的定时任务：请先取消定时，再立即执行或重新安排',
        'already_scheduled',
      )
  }
  await options.check?.(req, {
    collection,
    id,
    doc,
    transition: { key: transition.key, label: transition.label },
    from,
    to,
    override: input.override === true,
    scheduled: Boolean(req.context[SCHEDULED_RUN]),
  })
  if (input.at !== undefined)
    return schedule(req, options, {
      workflow,
      collection,
      id,
      doc,
      from,
      to,
      transition,
      actor,
      comment,
      at: input.at,
    })

  const data: Record<string, unknown> = {
    workflowState: to.key,
    workflowDueAt: transition.dueHours
      ? new Date(Date.now() + transition.dueHours * 3_600_000).toISOString()
      : null,
  }
  // Assignees hold the step the document is now in; a transition that names none clears them.
  data.workflowAssignees = input.assignees ?? []
  if (to.kind === 'published') data._status = 'published'
  if (to.kind === 'unpublished') data._status = 'draft'
  const saved = await save(
    req,
    {
      workflow,
      collection,
      id,
      doc,
      from,
      to,
      data,
      transition: { key: transition.key, label: transition.label },
      rule: { transition, history: after },
      actor,
      comment,
    },
    options,
  )
  return { id, state: to.key, status: saved._status ?? 'draft', version: saved.updatedAt }
}

type Step = {
  workflow: Workflow
  collection: string
  id: string
  doc: Record<string, unknown>
  from: WorkflowState
  to: WorkflowState
  data: Record<string, unknown>
  transition: { key: string; label: string }
  actor: { id: string; roles: string[] }
  comment: string | null
  /** The workflow's transition being taken and the history after it (absent for an administrator's move), for its notifications. */
  rule?: { transition: Transition; history: Pick<HistoryEntry, RuleFields>[] }
}

/** Saves the document in its new state (publishing or unpublishing only here), then history and audit. */
async function save(
  req: PayloadRequest,
  step: Step,
  options: ResolvedOptions,
): Promise<{ updatedAt: string; _status?: string }> {
  const { collection, id, from, to, transition, comment } = step
  const event = { collection, id, transition: transition.key, from: from.key, to: to.key, comment }
  const context: TransitionContext = { ...event, toKind: to.kind }
  const saved = (await req.payload.update({
    collection: collection as 'articles',
    id,
    data: step.data,
    draft: !isLiveKind(to.kind),
    depth: 0,
    req,
    overrideAccess: true,
    context: { [TRANSITION]: context },
  })) as unknown as { id: string; updatedAt: string; _status?: string; workflowState: string }

  await recordHistory(req, step, saved.updatedAt)
  await options.audit?.(req, event)
  await options.afterTransition?.(req, {
    ...event,
    toKind: to.kind,
    doc: saved as unknown as Record<string, unknown>,
    previousDoc: step.doc,
  })
  if (step.rule) {
    const name = String((req.user as { name?: string } | null)?.name ?? step.actor.id)
    await noticeOfTransition(req, options, {
      workflow: step.workflow,
      collection,
      id,
      doc: saved as unknown as Record<string, unknown>,
      ...step.rule,
      to,
      actor: { id: step.actor.id, name },
      comment,
    })
  }
  return saved
}

function recordHistory(
  req: PayloadRequest,
  step: Omit<Step, 'data'>,
  version: string,
): Promise<void> {
  return addHistory(req, {
    collectionSlug: step.collection,
    documentId: step.id,
    documentTitle: titleOf(step.doc),
    workflow: step.workflow.id,
    transition: step.transition.key,
    transitionLabel: step.transition.label,
    from: step.from.key,
    to: step.to.key,
    toLabel: step.to.label,
    actor: step.actor.id,
    actorRoles: step.actor.roles.join(','),
    comment: step.comment,
    version,
  })
}

type ScheduleStep = Omit<Step, 'data' | 'transition'> & {
  transition: { key: string; label: string; to: string }
  at: string
}

/**
 * Checks now what the transition will need then (done above by the caller), and records it for the
 * scheduler. Only publishing and unpublishing can be scheduled, one pending schedule per document (checked by
 * the caller); the document must still be at the same version when the time comes.
 */
async function schedule(
  req: PayloadRequest,
  options: ResolvedOptions,
  step: ScheduleStep,
): Promise<TransitionResult> {
  const { collection, id, doc, to, transition } = step
  if (!isLiveKind(to.kind))
    throw refuse(
      400,
      `只有发布和撤销发布可以定时执行，“${transition.label}”不能定时`,
      'not_schedulable',
    )
  const at = new Date(step.at)
  if (Number.isNaN(at.getTime())) throw refuse(400, '定时时间格式不正确', 'invalid_time')
  if (at.getTime() <= Date.now() + 60_000)
    throw refuse(400, '定时时间必须在一分钟之后', 'time_in_past')
  if (at.getTime() > Date.now() + MAX_SCHEDULE_DAYS * 86_400_000)
    throw refuse(400, '定时时间不能超过一年', 'time_too_far')
  const version = String(doc.updatedAt)
  await req.payload.create({
    collection: SCHEDULES as 'workflow-schedules',
    data: {
      collectionSlug: collection,
      documentId: id,
      documentTitle: titleOf(doc),
      transition: transition.key,
      transitionLabel: transition.label,
      at: at.toISOString(),
      actor: step.actor.id,
      comment: step.comment,
      version,
      status: 'pending',
    } as never,
    req,
    overrideAccess: true,
  })
  await queueDueRun(req, at)
  const label = `定时${transition.label}（${formatBeijingTime(at)}）`
  await recordHistory(
    req,
    { ...step, to: step.from, transition: { key: `schedule:${transition.key}`, label } },
    version,
  )
  await options.audit?.(req, {
    collection,
    id,
    transition: `schedule:${transition.key}`,
    from: step.from.key,
    to: to.key,
    comment: `${label}${step.comment ? `；${step.comment}` : ''}`,
  })
  return {
    id,
    state: step.from.key,
    status: String(doc._status ?? 'draft'),
    version,
    scheduledAt: at.toISOString(),
  }
}

/** Cancels the document's pending schedule: by the person who scheduled it, or a workflow administrator. */
export async function cancelSchedule(
  req: PayloadRequest,
  options: ResolvedOptions,
  { collection, id }: { collection: string; id: string },
): Promise<void> {
  if (!req.user) throw refuse(401, '请先登录', 'unauthenticated')
  const { docs } = await req.payload.find({
    collection: SCHEDULES as 'workflow-schedules',
    where: ofDocument(collection, id, { status: { equals: 'pending' } }),
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const pending = docs[0] as unknown as
    { id: string; actor: string; transition: string; transitionLabel: string } | undefined
  if (!pending) throw refuse(404, '这篇文档没有等待执行的定时任务', 'no_schedule')
  const actor = actorOf(req, options)
  if (String(pending.actor) !== actor.id && (await options.manage({ req })) !== true)
    throw refuse(403, '只有安排人或流程管理员可以取消定时任务', 'not_permitted')
  await req.payload.update({
    collection: SCHEDULES as 'workflow-schedules',
    id: pending.id,
    data: { status: 'cancelled', result: `由 ${actor.id} 取消` } as never,
    req,
    overrideAccess: true,
  })
  await options.audit?.(req, {
    collection,
    id,
    transition: `cancel-schedule:${pending.transition}`,
    from: '',
    to: '',
    comment: `取消定时${pending.transitionLabel}`,
  })
}

export type MoveRequest = {
  workflowId: string
  collection: string
  from: string
  to: string
  comment: string
}

/**
 * An administrator moves every document of a collection out of one state into another of the same
 * workflow (before removing a state, or to release documents stuck in it). The target must be a draft or
 * review state: nothing goes live or offline this way. Each document gets a history entry and an audit record.
 */
export function moveDocuments(
  req: PayloadRequest,
  options: ResolvedOptions,
  input: MoveRequest,
): Promise<{ moved: number }> {
  return inTransaction(req, async () => {
    const workflow = await workflowOf(req, input.collection)
    if (!workflow || workflow.id !== input.workflowId)
      throw refuse(400, `${input.collection} 不使用这个流程`, 'wrong_workflow')
    const from = stateByKey(workflow, input.from)
    const to = stateByKey(workflow, input.to)
    if (!from || !to)
      throw refuse(
        400,
        `流程“${workflow.name}”中没有状态“${!from ? input.from : input.to}”`,
        'unknown_state',
      )
    if (isLiveKind(to.kind))
      throw refuse(
        400,
        '只能把文档移到草稿或审核中的状态：发布和撤销发布必须通过流转',
        'live_target',
      )
    const { docs } = await req.payload.find({
      collection: input.collection as 'articles',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      where: { workflowState: { equals: from.key } },
      req,
      overrideAccess: true,
    })
    const actor = actorOf(req, options)
    for (const doc of docs as unknown as (Record<string, unknown> & { id: string })[]) {
      await lockDocument(req, input.collection, String(doc.id))
      await save(
        req,
        {
          workflow,
          collection: input.collection,
          id: String(doc.id),
          doc,
          from,
          to,
          data: { workflowState: to.key },
          transition: { key: 'admin-move', label: '管理员移动' },
          actor,
          comment: input.comment,
        },
        options,
      )
    }
    return { moved: docs.length }
  })
}

export type { Workflow }
