// What follows a saved step, inside its transaction: the history entry, the host's audit record, the host's
// `afterTransition`, and the notices the transition names. Any of them may throw and so undo the step.
import type { PayloadRequest } from 'payload'
import { addHistory, titleOf } from '../lib/history.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import type { WorkflowEvent } from '../types.ts'
import { noticeOfTransition } from './notices.ts'
import type { Step } from './types.ts'

/** The document as the transition saved it (depth 0). */
export type SavedDoc = { id: string; updatedAt: string; _status?: string; workflowState: string }

export async function reportTransition(
  req: PayloadRequest,
  options: ResolvedOptions,
  step: Step,
  event: WorkflowEvent,
  saved: SavedDoc,
): Promise<void> {
  await recordHistory(req, step, saved.updatedAt)
  await options.audit?.(req, event)
  await options.afterTransition?.(req, {
    ...event,
    toStage: step.to.stage,
    doc: saved as unknown as Record<string, unknown>,
    previousDoc: step.doc,
  })
  if (!step.rule) return
  const name = String((req.user as { name?: string } | null)?.name ?? step.actor.id)
  await noticeOfTransition(req, options, {
    workflow: step.workflow,
    collection: step.collection,
    id: step.id,
    doc: saved as unknown as Record<string, unknown>,
    ...step.rule,
    to: step.to,
    actor: { id: step.actor.id, name },
    comment: step.comment,
  })
}

/** The step's entry in the document's history, written for the document's version `version`. */
export function recordHistory(
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
