// A review workflow as administrators configure it in the CMS (module 21): states, and transitions between
// them that name who may take them, whether a comment is required, the conditions on the document, and
// what follows (notifications, a due time). Pure functions over that definition live here.

export type Stage = 'draft' | 'review' | 'published' | 'unpublished'

export type WorkflowState = { key: string; label: string; stage: Stage }

export type Condition = { field: string; operator: 'equals' | 'notEquals'; value: string }

export type Transition = {
  key: string
  label: string
  from: string[]
  to: string
  roles?: string[] | null
  /** Specific users (ids) allowed besides the roles. */
  users?: string[] | null
  commentRequired?: boolean | null
  conditions?: Condition[] | null
  /** Who is told: the document's author, its assignees, the holders of the next step. */
  notify?: ('author' | 'assignees' | 'nextReviewers')[] | null
  /** Hours until the next step is due; reminders go out once it has passed. */
  dueHours?: number | null
  /** 三审分人: nobody who already acted in this review round (since the document was submitted) may take it. */
  distinctReviewer?: boolean | null
}

export type Workflow = {
  id: string
  name: string
  collections: string[]
  states: WorkflowState[]
  transitions: Transition[]
}

export type Actor = { id: string; roles: string[] }

/** The state a document is in: its stored state, or for a document from before the workflow, by its status. */
export function currentState(
  workflow: Workflow,
  doc: { workflowState?: string | null; _status?: string | null },
): WorkflowState {
  const stored = workflow.states.find((state) => state.key === doc.workflowState)
  if (stored) return stored
  const stage = doc._status === 'published' ? 'published' : 'draft'
  return workflow.states.find((state) => state.stage === stage) ?? workflow.states[0]!
}

export const initialState = (workflow: Workflow) => workflow.states[0]!

/** States of these stages change what is on the site: entering one publishes or withdraws the document. */
export const isLiveStage = (stage: string | undefined) =>
  stage === 'published' || stage === 'unpublished'

export const stateByKey = (workflow: Workflow, key: string) =>
  workflow.states.find((state) => state.key === key)

/** May this actor take the transition (by role or by name)? */
export const actorMay = (transition: Transition, actor: Actor) =>
  (transition.roles ?? []).some((role) => actor.roles.includes(role)) ||
  (transition.users ?? []).includes(actor.id)

/** The first condition the document does not meet, as a sentence, or undefined. */
export function unmetCondition(
  transition: Transition,
  doc: Record<string, unknown>,
): string | undefined {
  for (const condition of transition.conditions ?? []) {
    const value = doc[condition.field]
    const actual = value === null || value === undefined ? '' : String(value)
    const holds =
      condition.operator === 'equals' ? actual === condition.value : actual !== condition.value
    if (!holds)
      return `不满足条件：${condition.field} ${condition.operator === 'equals' ? '等于' : '不等于'} ${condition.value}`
  }
  return undefined
}

/**
 * Does the transition start from the document's state? A document that is live while a new revision of it
 * is in draft or review can still be withdrawn: the steps from a live state to a withdrawn one stay open.
 */
export function startsFrom(
  workflow: Workflow,
  transition: Transition,
  state: WorkflowState,
  live: boolean,
): boolean {
  if (transition.from.includes(state.key)) return true
  const withdraws =
    stateByKey(workflow, transition.to)?.stage === 'unpublished' &&
    transition.from.some((key) => stateByKey(workflow, key)?.stage === 'published')
  return live && withdraws
}

/** Transitions out of the document's state that this actor may take and whose conditions the document meets. */
export function availableTransitions(
  workflow: Workflow,
  doc: Record<string, unknown>,
  actor: Actor,
  live = false,
): Transition[] {
  const state = currentState(workflow, doc as { workflowState?: string; _status?: string })
  return workflow.transitions.filter(
    (t) => startsFrom(workflow, t, state, live) && actorMay(t, actor) && !unmetCondition(t, doc),
  )
}

/** Problems with a definition, in Chinese, for the admin who edits it; empty when it is sound. */
export function definitionProblems(workflow: Pick<Workflow, 'states' | 'transitions'>): string[] {
  const problems: string[] = []
  const keys = workflow.states.map((state) => state.key)
  const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index)
  if (duplicates.length) problems.push(`状态标识重复：${[...new Set(duplicates)].join('、')}`)
  if (!workflow.states.length) problems.push('至少需要一个状态')
  else if (workflow.states[0]!.stage !== 'draft')
    problems.push('第一个状态是文档的初始状态，类型必须是“草稿”')
  if (!workflow.states.some((state) => state.stage === 'published'))
    problems.push('至少需要一个“已发布”类型的状态')
  const transitionKeys = workflow.transitions.map((t) => t.key)
  const duplicateTransitions = transitionKeys.filter(
    (key, index) => transitionKeys.indexOf(key) !== index,
  )
  if (duplicateTransitions.length)
    problems.push(`流转标识重复：${[...new Set(duplicateTransitions)].join('、')}`)
  for (const transition of workflow.transitions) {
    const unknown = [...transition.from, transition.to].filter((key) => !keys.includes(key))
    if (unknown.length)
      problems.push(
        `流转“${transition.label}”引用了不存在的状态：${[...new Set(unknown)].join('、')}`,
      )
    if (!transition.from.length) problems.push(`流转“${transition.label}”没有起始状态`)
    if (!(transition.roles ?? []).length && !(transition.users ?? []).length)
      problems.push(`流转“${transition.label}”没有指定可执行的角色或人员`)
  }
  const reachable = new Set([workflow.states[0]?.key])
  for (let grew = true; grew;) {
    grew = false
    for (const t of workflow.transitions) {
      if (t.from.some((key) => reachable.has(key)) && !reachable.has(t.to)) {
        reachable.add(t.to)
        grew = true
      }
    }
  }
  if (
    workflow.states.length &&
    !workflow.states.some((state) => state.stage === 'published' && reachable.has(state.key))
  ) {
    problems.push('从初始状态无法到达“已发布”状态')
  }
  return problems
}

/**
 * One entry of a document's workflow history, as stored in `workflow-history`: a transition, a scheduling, an
 * administrator's move or a reminder. Lists are newest first; the rules below read `actor`, `from` and `transition`.
 */
export type HistoryEntry = {
  collectionSlug: string
  documentId: string
  documentTitle: string
  /** The workflow's id. */
  workflow: string
  transition: string
  transitionLabel: string
  from: string
  to: string
  toLabel: string
  /** The acting account (its id, or the account itself when read with depth); none for a reminder. */
  actor?: string | { id: string } | null
  /** The actor's roles at the time, comma-separated. */
  actorRoles?: string | null
  comment: string | null
  /** The document's `updatedAt` the entry was written for. */
  version: string
  /** For a reminder: the due time (ISO) it was sent for. */
  dueAt?: string | null
}

/** The fields of a history entry the workflow's rules read (a step about to be taken is prepended with only these). */
export type RuleFields = 'actor' | 'from' | 'transition'

const actorIdOf = (entry: Pick<HistoryEntry, RuleFields>) =>
  entry.actor && typeof entry.actor === 'object' ? entry.actor.id : (entry.actor ?? null)
/** Scheduling a step, an administrator's move and a reminder are not review acts. */
const isReviewAct = (entry: Pick<HistoryEntry, RuleFields>) =>
  !entry.transition?.startsWith('schedule:') &&
  entry.transition !== 'admin-move' &&
  entry.transition !== 'remind'
const leftStage = (workflow: Workflow, entry: Pick<HistoryEntry, RuleFields>) =>
  entry.from ? stateByKey(workflow, entry.from)?.stage : undefined

/** Who acted since the document last left a draft, live or withdrawn state (the current review round), submitter included. */
export function actorsThisRound(
  workflow: Workflow,
  newestFirst: Pick<HistoryEntry, RuleFields>[],
): Set<string> {
  const actors = new Set<string>()
  for (const entry of newestFirst) {
    const actor = actorIdOf(entry)
    if (actor && isReviewAct(entry)) actors.add(String(actor))
    const stage = leftStage(workflow, entry)
    if (stage === 'draft' || stage === 'unpublished' || stage === 'published') break
  }
  return actors
}

/** The author as the workflow knows them: whoever last submitted the document out of a draft or withdrawn state. */
export function submitterOf(
  workflow: Workflow,
  newestFirst: Pick<HistoryEntry, RuleFields>[],
): string | undefined {
  const submission = newestFirst.find(
    (entry) =>
      isReviewAct(entry) && ['draft', 'unpublished'].includes(leftStage(workflow, entry) ?? ''),
  )
  const actor = submission && actorIdOf(submission)
  return actor ? String(actor) : undefined
}

/** The steps that move a document forward from `state` (not back to a draft), whose holders are its next reviewers. */
export const forwardTransitions = (workflow: Workflow, state: string) =>
  workflow.transitions.filter(
    (t) => t.from.includes(state) && stateByKey(workflow, t.to)?.stage !== 'draft',
  )
