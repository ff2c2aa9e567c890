// Who may be named to act on a document: its assignees (处理人) and the users a workflow's transitions name.
// One check, used by the transition endpoint and by a hook on every other save of a governed document
// (REST, GraphQL, bulk update, Local API with or without a user, restoring a version), and by the workflow
// definition for its named users.
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import {
  currentState,
  stateByKey,
  type HistoryEntry,
  type RuleFields,
  type Workflow,
  type WorkflowState,
} from './definition.ts'
import { documentHistory } from './collections.ts'
import { eligibleReviewers, idsOf } from './notices.ts'
import { TRANSITION, type ResolvedOptions } from './options.ts'
import { workflowOf } from './workflowOf.ts'

const refuse = (message: string) => new APIError(message, 400, { code: 'invalid_assignees' }, true)

/**
 * Refuses assignees for a document entering or in `state`, given its history (newest first, the step being
 * taken included): only a review state has someone to hold it, and each assignee must be eligible for it
 * (active, allowed to take a next step by role or by name, not excluded by 三审分人).
 */
export async function assertAssignable(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  state: WorkflowState,
  history: Pick<HistoryEntry, RuleFields>[],
  assignees: string[],
): Promise<void> {
  if (!assignees.length) return
  if (state.kind !== 'review')
    throw refuse(`文档处于“${state.label}”，没有待办的审核环节，不能指定处理人`)
  const eligible = new Set(
    (await eligibleReviewers(req, options, workflow, state.key, history)).map((user) => user.id),
  )
  if (assignees.some((assignee) => !eligible.has(assignee)))
    throw refuse(`指定的处理人无权办理“${state.label}”，或已参与本轮审核`)
}

const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

/** Assignees changed by any save other than a transition (which checks them itself) go through the same check. */
export const checkAssignees =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection, context }) => {
    if (context[TRANSITION] || !('workflowAssignees' in data)) return data
    const assignees = [...new Set(idsOf(data.workflowAssignees))]
    if (sameIds(assignees, idsOf(originalDoc?.workflowAssignees))) return data
    const workflow = await workflowOf(req, collection.slug)
    if (!workflow) {
      if (assignees.length) throw refuse('这类内容还没有配置审核流程，不能指定处理人')
      return data
    }
    const state = stateByKey(workflow, String(data.workflowState)) ?? currentState(workflow, data)
    const history = originalDoc?.id
      ? await documentHistory(req, collection.slug, String(originalDoc.id))
      : []
    await assertAssignable(req, options, workflow, state, history, assignees)
    return { ...data, workflowAssignees: assignees }
  }
