// The checks a transition passes before anything is saved, in the order the actor is told of them: the
// collection has a workflow, the document exists for the actor and is unchanged since they loaded it, the
// transition exists, starts from the document's state, is the actor's to take (三审分人 included), has its
// comment and its conditions met, names eligible assignees, and is not pre-empted by a pending schedule.
import type { PayloadRequest } from 'payload'
import { findDraftAsRequester } from '../../../cms/lib/draftAsRequester.ts'
import { SCHEDULES } from '../collections/slugs.ts'
import {
  actorMay,
  actorsThisRound,
  currentState,
  startsFrom,
  stateByKey,
  unmetCondition,
  type Actor,
  type HistoryEntry,
  type RuleFields,
  type Transition,
  type Workflow,
  type WorkflowState,
} from '../lib/definition.ts'
import { isLive, lockDocument } from '../lib/document.ts'
import { documentHistory, ofDocument } from '../lib/history.ts'
import { refuse } from '../lib/refuse.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import { actorOf, type ResolvedOptions } from '../resolveOptions.ts'
import { assertAssignable } from './assignees.ts'
import type { GovernedDoc, TransitionRequest } from './types.ts'

/** A transition the actor may take now, with the history as it will stand after it (newest first). */
export type CheckedStep = {
  transition: Transition
  from: WorkflowState
  to: WorkflowState
  actor: Actor
  comment: string | null
  after: Pick<HistoryEntry, RuleFields>[]
}

/** The workflow that governs the collection; refused when there is none. */
export async function workflowFor(req: PayloadRequest, collection: string): Promise<Workflow> {
  const workflow = await workflowOf(req, collection)
  if (!workflow)
    throw refuse(
      409,
      '这类内容还没有配置审核流程，不能流转或发布：请管理员在“审核流程”中为它指定流程',
      'no_workflow',
    )
  return workflow
}

/** Locks the document and reads it with the actor's own access: a document they cannot see does not exist for them. */
export async function lockedDocument(
  req: PayloadRequest,
  { collection, id, version }: Pick<TransitionRequest, 'collection' | 'id' | 'version'>,
): Promise<GovernedDoc> {
  await lockDocument(req, collection, id)
  const doc = (await findDraftAsRequester(req, collection, id)) as GovernedDoc | null
  if (!doc) throw refuse(404, '文档不存在或您无权查看', 'not_found')
  if (doc.updatedAt !== version)
    throw refuse(
      409,
      '文档在您打开之后已被他人修改或流转，请刷新后查看最新内容再操作',
      'version_conflict',
    )
  return doc
}

/** The transition the actor asks for, checked against the document's state, the actor and the document. */
export async function checkTransition(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  doc: GovernedDoc,
  input: TransitionRequest,
): Promise<CheckedStep> {
  const transition = workflow.transitions.find((t) => t.key === input.transition)
  if (!transition)
    throw refuse(
      400,
      `流程“${workflow.name}”中没有“${input.transition}”这一步`,
      'unknown_transition',
    )
  const from = currentState(workflow, doc)
  if (!startsFrom(workflow, transition, from, await isLive(req, input.collection, input.id)))
    throw refuse(409, `文档当前处于“${from.label}”，不能执行“${transition.label}”`, 'wrong_state')
  const actor = actorOf(req, options)
  if (!actorMay(transition, actor))
    throw refuse(403, `您没有执行“${transition.label}”的权限`, 'not_permitted')
  const history = await documentHistory(req, input.collection, input.id)
  if (transition.distinctReviewer && actorsThisRound(workflow, history).has(actor.id))
    throw refuse(
      403,
      `三审须由不同人员完成：您已参与本轮审核，不能再执行“${transition.label}”`,
      'same_reviewer',
    )
  const comment = input.comment?.trim() || null
  if (transition.commentRequired && !comment)
    throw refuse(400, `执行“${transition.label}”必须填写意见`, 'comment_required')
  const unmet = unmetCondition(transition, doc)
  if (unmet) throw refuse(409, `不能执行“${transition.label}”：${unmet}`, 'condition_unmet')
  const to = stateByKey(workflow, transition.to)!
  // The history as it will stand after this step: the actor then counts as having acted in the round.
  const after = [{ actor: actor.id, from: from.key, transition: transition.key }, ...history]
  return { transition, from, to, actor, comment, after }
}

/** Assignees named with the step must hold a review state the step leads to, and be eligible for it. */
export async function checkNextAssignees(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  step: CheckedStep,
  assignees: string[] | undefined,
): Promise<void> {
  if (!assignees?.length) return
  if (step.to.stage !== 'review')
    throw refuse(
      400,
      `“${step.transition.label}”之后没有待办的审核环节，不能指定处理人`,
      'invalid_assignees',
    )
  await assertAssignable(req, options, workflow, step.to, step.after, assignees)
}

/** Publishing or unpublishing now is refused while the document has a pending schedule. */
export async function checkNotScheduled(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<void> {
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
