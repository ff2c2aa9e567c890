// Notifications of the workflow. The people a transition names in `notify` hear of it; when a document stays
// in a review state past its due time, whoever holds it gets a reminder (催办), once per due time. The
// plugin composes the message and the recipients; the host's `notify` option delivers them, inside the
// transaction of the change (an outbox), so a notice exists exactly when its transition does.
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { inTransaction } from '../../cms/lib/db/sql.ts'
import { collectionLabel } from '../../cms/lib/label.ts'
import { formatBeijingTime } from '../../contracts/beijingTime.ts'
import {
  actorMay,
  actorsThisRound,
  currentState,
  forwardTransitions,
  submitterOf,
  type HistoryEntry,
  type RuleFields,
  type Transition,
  type Workflow,
  type WorkflowState,
} from './definition.ts'
import { addHistory, documentHistory, HISTORY, ofDocument, titleOf } from './collections.ts'
import { installedOptions, type ResolvedOptions } from './options.ts'
import { workflowOf } from './workflowOf.ts'

const FOOTER = '——\n此邮件由海桥内容管理系统自动发送，请勿直接回复。'

/** Ids of a relationship value (ids or populated documents). */
/** Ids of a relationship value: a list, or a single id or document (Payload stores a lone value as a list of one). */
export const idsOf = (value: unknown): string[] =>
  (value === null || value === undefined ? [] : [value].flat()).map((v) =>
    String(v && typeof v === 'object' ? (v as { id: string }).id : v),
  )

function documentLink(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  id: string,
): string {
  const base = (options.adminUrl ?? req.payload.config.serverURL ?? '').replace(/\/$/, '')
  return `${base}${req.payload.config.routes.admin}/collections/${collection}/${id}`
}

function singularLabel(req: PayloadRequest, collection: string): string {
  const config = req.payload.collections[collection as 'articles']?.config
  return config ? collectionLabel(config, 'singular') : collection
}

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
  const rolesOf = options.rolesOf
  const active = options.activeUser
  const mayAct = options.mayAct
  const excluded = steps.every((t) => t.distinctReviewer)
    ? actorsThisRound(workflow, history)
    : new Set<string>()
  return docs
    .filter((user) => active(user) && mayAct(user))
    .map((user) => ({
      id: String(user.id),
      name: String(user.name ?? user.email),
      roles: rolesOf(user),
    }))
    .filter((actor) => !excluded.has(actor.id) && steps.some((t) => actorMay(t, actor)))
    .map(({ id, name }) => ({ id, name }))
}

/** Who takes the next step from `state`: the document's assignees when it has any, otherwise everyone eligible. */
async function nextReviewers(
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

export type TransitionNotice = {
  workflow: Workflow
  collection: string
  id: string
  /** The document as saved by the transition. */
  doc: Record<string, unknown>
  transition: Transition
  /** The document's history after the transition, newest first. */
  history: Pick<HistoryEntry, RuleFields>[]
  to: WorkflowState
  actor: { id: string; name: string }
  comment: string | null
}

/** Tells the people the transition's `notify` names (never the actor), after its history entry is written. */
export async function noticeOfTransition(
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: TransitionNotice,
): Promise<void> {
  const targets = notice.transition.notify ?? []
  if (!options.notify || !targets.length) return
  const { workflow, collection, id, doc, transition, to, history } = notice
  const recipients = new Set<string>()
  if (targets.includes('author')) {
    const author = submitterOf(workflow, history)
    if (author) recipients.add(author)
  }
  if (targets.includes('assignees'))
    for (const assignee of idsOf(doc.workflowAssignees)) recipients.add(assignee)
  if (targets.includes('nextReviewers'))
    for (const reviewer of await nextReviewers(req, options, workflow, to.key, doc, history))
      recipients.add(reviewer)
  recipients.delete(notice.actor.id)
  if (!recipients.size) return
  const title = titleOf(doc)
  const due = doc.workflowDueAt ? `办理时限：${formatBeijingTime(String(doc.workflowDueAt))}\n` : ''
  await options.notify(req, {
    eventType: 'workflow.transition',
    collection,
    id,
    recipients: [...recipients],
    subject: `【${to.kind === 'review' ? '待审核' : '审核进度'}】《${title}》${transition.label}`,
    body: [
      `${singularLabel(req, collection)}《${title}》`,
      `${notice.actor.name} 于 ${formatBeijingTime(new Date())} 执行“${transition.label}”，现处于“${to.label}”。`,
      notice.comment ? `意见：${notice.comment}` : '',
      due + `查看和处理：${documentLink(req, options, collection, id)}`,
      FOOTER,
    ]
      .filter(Boolean)
      .join('\n'),
  })
}

export const REMIND = 'remind'

/**
 * Reminds (催办) whoever holds a document in a review state past its due time: its assignees, otherwise the
 * accounts that may take the next step. Each due time is reminded once; the reminder is written to the
 * document's history and the audit log with the names reminded. Returns how many documents were reminded.
 */
export async function sendReminders(payload: Payload, now = new Date()): Promise<number> {
  const options = installedOptions(payload)
  let reminded = 0
  for (const collection of options.collections) {
    const workflow = await workflowOf(await createLocalReq({}, payload), collection)
    const reviewStates =
      workflow?.states.filter((state) => state.kind === 'review').map((state) => state.key) ?? []
    if (!workflow || !reviewStates.length) continue
    const { docs } = await payload.find({
      collection: collection as 'articles',
      draft: true,
      depth: 0,
      limit: 200,
      sort: 'workflowDueAt',
      where: {
        and: [
          { workflowDueAt: { less_than_equal: now.toISOString() } },
          { workflowState: { in: reviewStates } },
        ],
      },
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Overdue[]) {
      const req = await createLocalReq({}, payload)
      const sent = await inTransaction(req, () => remind(req, options, workflow, collection, doc))
      if (sent) reminded++
    }
  }
  return reminded
}

type Overdue = Record<string, unknown> & {
  id: string
  workflowDueAt: string
  workflowState?: string | null
}

async function remind(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  collection: string,
  doc: Overdue,
): Promise<boolean> {
  const id = String(doc.id)
  const already = await req.payload.count({
    collection: HISTORY as 'workflow-history',
    where: ofDocument(
      collection,
      id,
      { transition: { equals: REMIND } },
      { dueAt: { equals: doc.workflowDueAt } },
    ),
    req,
    overrideAccess: true,
  })
  if (already.totalDocs) return false
  const state = currentState(workflow, doc)
  const recipients = await nextReviewers(
    req,
    options,
    workflow,
    state.key,
    doc,
    await documentHistory(req, collection, id),
  )
  const { docs: users } = recipients.length
    ? await req.payload.find({
        collection: options.usersSlug as 'users',
        where: { id: { in: recipients } },
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
    : { docs: [] }
  const names = users.map((user) => user.name ?? user.email).join('、') || '（没有可提醒的人员）'
  const title = titleOf(doc)
  const comment = `已超过办理时限（${formatBeijingTime(doc.workflowDueAt)}），提醒：${names}`
  await addHistory(req, {
    collectionSlug: collection,
    documentId: id,
    documentTitle: title,
    workflow: workflow.id,
    transition: REMIND,
    transitionLabel: '催办',
    from: state.key,
    to: state.key,
    toLabel: state.label,
    comment,
    version: String(doc.updatedAt),
    dueAt: doc.workflowDueAt,
  })
  await options.audit?.(req, {
    collection,
    id,
    transition: REMIND,
    from: state.key,
    to: state.key,
    comment,
  })
  if (options.notify && recipients.length) {
    await options.notify(req, {
      eventType: 'workflow.reminder',
      collection,
      id,
      recipients,
      subject: `【催办】《${title}》已超过办理时限（${state.label}）`,
      body: [
        `${singularLabel(req, collection)}《${title}》处于“${state.label}”，办理时限 ${formatBeijingTime(doc.workflowDueAt)} 已过，请尽快处理。`,
        `查看和处理：${documentLink(req, options, collection, id)}`,
        FOOTER,
      ].join('\n'),
    })
  }
  return true
}
