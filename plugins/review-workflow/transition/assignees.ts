// Who may be named to hold a document's review step (处理人): one check, used by the transition (guards.ts)
// and by the hook on every other save of a governed document (hooks/checkAssignees.ts).
import type { PayloadRequest } from 'payload'
import type { HistoryEntry, RuleFields, Workflow, WorkflowState } from '../lib/definition.ts'
import { refuse } from '../lib/refuse.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { eligibleReviewers } from './reviewers.ts'

export const invalidAssignees = (message: string) => refuse(400, message, 'invalid_assignees')

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
  if (state.stage !== 'review')
    throw invalidAssignees(`文档处于“${state.label}”，没有待办的审核环节，不能指定处理人`)
  const eligible = new Set(
    (await eligibleReviewers(req, options, workflow, state.key, history)).map((user) => user.id),
  )
  if (assignees.some((assignee) => !eligible.has(assignee)))
    throw invalidAssignees(`指定的处理人无权办理“${state.label}”，或已参与本轮审核`)
}
