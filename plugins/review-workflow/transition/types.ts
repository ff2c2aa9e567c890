// The shapes a transition passes through: what the actor asks for, what the plugin answers, and the step
// as it is saved and reported.
import type {
  Actor,
  HistoryEntry,
  RuleFields,
  Transition,
  Workflow,
  WorkflowState,
} from '../lib/definition.ts'

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

/** A governed document as a transition reads it (its latest version, depth 0). */
export type GovernedDoc = Record<string, unknown> & {
  id: string
  updatedAt: string
  workflowState?: string | null
  _status?: string
}

/** One document moving from one state to another: what is saved, recorded and reported. */
export type Step = {
  workflow: Workflow
  collection: string
  id: string
  doc: Record<string, unknown>
  from: WorkflowState
  to: WorkflowState
  data: Record<string, unknown>
  transition: { key: string; label: string }
  actor: Actor
  comment: string | null
  /** The workflow's transition being taken and the history after it (absent for an administrator's move), for its notifications. */
  rule?: { transition: Transition; history: Pick<HistoryEntry, RuleFields>[] }
}
