// Who can take the next step of a document: the people it can be assigned to, and who hears of it.
import type { PayloadRequest, Where } from 'payload'
import {
  actorMay,
  actorsThisRound,
  forwardTransitions,
  type HistoryEntry,
  type RuleFields,
  type Workflow,
} from '../lib/definition.ts'
import { idsOf } from '../lib/ids.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'

/**
 * Everyone active who may take a forward step from `state` (by role or by name), less those who already acted
 * in this round where every such step needs a new reviewer (三审分人): the people a document in `state` can be
 * assigned to, and who hears of it when nobody is assigned.
 */
export async function eligibleReviewers(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  state: string,
  history: Pick<HistoryEntry, RuleFields>[],
): Promise<{ id: string; name: string }[]> {
  const steps = forwardTransitions(workflow, state)
  const roles = [...new Set(steps.flatMap((t) => t.roles ?? []))]
  const named = [...new Set(steps.flatMap((t) => t.users ?? []))]
  const or: Where[] = [
    ...(roles.length ? [{ roles: { in: roles } }] : []),
    ...(named.length ? [{ id: { in: named } }] : []),
  ]
  if (!or.length) return []
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    where: { or },
    depth: 0,
    pagination: false,
    limit: 500,
    sort: 'name',
    req,
    overrideAccess: true,
  })
  const excluded = steps.every((t) => t.distinctReviewer)
    ? actorsThisRound(workflow, history)
    : new Set<string>()
  return docs
    .filter((user) => options.activeUser(user) && options.mayAct(user))
    .map((user) => ({
      id: String(user.id),
      name: String(user.name ?? user.email),
      roles: options.rolesOf(user),
    }))
    .filter((actor) => !excluded.has(actor.id) && steps.some((t) => actorMay(t, actor)))
    .map(({ id, name }) => ({ id, name }))
}

/** Who takes the next step from `state`: the document's assignees when it has any, otherwise everyone eligible. */
export async function nextReviewers(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  state: string,
  doc: Record<string, unknown>,
  history: Pick<HistoryEntry, RuleFields>[],
): Promise<string[]> {
  const assignees = idsOf(doc.workflowAssignees)
  if (assignees.length) return assignees
  return (await eligibleReviewers(req, options, workflow, state, history)).map((user) => user.id)
}
