// Applying one transition to one document, in one transaction: lock the document, check that nobody changed
// it since the actor loaded it, check the transition (guards.ts), then save it now (save.ts) or schedule it
// for later (schedule.ts).
import type { PayloadRequest } from 'payload'
import { inTransaction } from '../../../cms/lib/db/sql.ts'
import { SCHEDULED_RUN } from '../context.ts'
import { isLiveStage } from '../lib/definition.ts'
import { refuse } from '../lib/refuse.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import {
  checkNextAssignees,
  checkNotScheduled,
  checkTransition,
  lockedDocument,
  workflowFor,
  type CheckedStep,
} from './guards.ts'
import { save } from './save.ts'
import { schedule } from './schedule.ts'
import type { TransitionRequest, TransitionResult } from './types.ts'

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
  const workflow = await workflowFor(req, collection)
  const doc = await lockedDocument(req, input)
  const step = await checkTransition(req, options, workflow, doc, input)
  await checkNextAssignees(req, options, workflow, step, input.assignees)
  const scheduledRun = Boolean(req.context[SCHEDULED_RUN])
  if (isLiveStage(step.to.stage) && !scheduledRun) await checkNotScheduled(req, collection, id)
  const { transition, from, to, actor, comment } = step
  await options.check?.(req, {
    collection,
    id,
    doc,
    transition: { key: transition.key, label: transition.label },
    from,
    to,
    override: input.override === true,
    scheduled: scheduledRun,
  })
  const common = { workflow, collection, id, doc, from, to, actor, comment }
  if (input.at !== undefined) return schedule(req, options, { ...common, transition, at: input.at })
  const saved = await save(
    req,
    {
      ...common,
      data: stateChange(step, input.assignees),
      transition: { key: transition.key, label: transition.label },
      rule: { transition, history: step.after },
    },
    options,
  )
  return { id, state: to.key, status: saved._status ?? 'draft', version: saved.updatedAt }
}

/** The document's fields after the step: its state, due time, assignees, and whether it is live. */
function stateChange(step: CheckedStep, assignees: string[] | undefined): Record<string, unknown> {
  const { transition, to } = step
  const data: Record<string, unknown> = {
    workflowState: to.key,
    workflowDueAt: transition.dueHours
      ? new Date(Date.now() + transition.dueHours * 3_600_000).toISOString()
      : null,
  }
  // Assignees hold the step the document is now in; a transition that names none clears them.
  data.workflowAssignees = assignees ?? []
  if (to.stage === 'published') data._status = 'published'
  if (to.stage === 'unpublished') data._status = 'draft'
  return data
}
