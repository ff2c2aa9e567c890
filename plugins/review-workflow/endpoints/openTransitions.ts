// The transitions open to the caller on one document, as the admin's buttons need them.
import type { PayloadRequest } from 'payload'
import {
  availableTransitions,
  stateByKey,
  type HistoryEntry,
  type RuleFields,
  type Workflow,
} from '../lib/definition.ts'
import { isLive } from '../lib/document.ts'
import { actorOf, type ResolvedOptions } from '../resolveOptions.ts'
import { eligibleReviewers } from '../transition/reviewers.ts'

type OpenOn = {
  slug: string
  id: string
  doc: Record<string, unknown>
  /** The document's current state (key). */
  from: string
  /** Its history, newest first. */
  history: Pick<HistoryEntry, RuleFields>[]
}

/**
 * Each transition open to the caller, with the people it could assign the next step to (those eligible once
 * the caller has taken it) when it leads to a review state.
 */
export async function openTransitions(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  { slug, id, doc, from, history }: OpenOn,
) {
  const actor = actorOf(req, options)
  const live = await isLive(req, slug, id)
  return Promise.all(
    availableTransitions(workflow, doc, actor, live).map(async (t) => {
      const to = stateByKey(workflow, t.to)
      const candidates =
        to?.stage === 'review'
          ? await eligibleReviewers(req, options, workflow, t.to, [
              { actor: actor.id, from, transition: t.key },
              ...history,
            ])
          : []
      return {
        key: t.key,
        label: t.label,
        to: t.to,
        toLabel: to?.label,
        toStage: to?.stage,
        commentRequired: Boolean(t.commentRequired),
        candidates,
      }
    }),
  )
}
