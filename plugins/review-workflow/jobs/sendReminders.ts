// Reminders (催办): when a document stays in a review state past its due time, whoever holds it is reminded,
// once per due time. Run by the `workflow-round` task (tasks.ts); tests drive it with their own clock.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../../../cms/lib/db/sql.ts'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import { HISTORY } from '../collections/slugs.ts'
import { currentState, type Workflow, type WorkflowState } from '../lib/definition.ts'
import { addHistory, documentHistory, ofDocument, titleOf } from '../lib/history.ts'
import { documentLink, FOOTER, singularLabel } from '../lib/messages.ts'
import { userNames } from '../lib/userNames.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import { installedOptions, type ResolvedOptions } from '../resolveOptions.ts'
import { nextReviewers } from '../transition/reviewers.ts'

export const REMIND = 'remind'

type Overdue = Record<string, unknown> & {
  id: string
  workflowDueAt: string
  workflowState?: string | null
}

/** The reminded document: where it is, and which workflow it follows. */
type Reminder = { workflow: Workflow; collection: string; doc: Overdue }

/**
 * Reminds whoever holds a document in a review state past its due time: its assignees, otherwise the
 * accounts that may take the next step. Each due time is reminded once; the reminder is written to the
 * document's history and the audit log with the names reminded. Returns how many documents were reminded.
 */
export async function sendReminders(payload: Payload, now = new Date()): Promise<number> {
  const options = installedOptions(payload)
  let reminded = 0
  for (const collection of options.collections) {
    const workflow = await workflowOf(await createLocalReq({}, payload), collection)
    const reviewStates =
      workflow?.states.filter((state) => state.stage === 'review').map((state) => state.key) ?? []
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
      const sent = await inTransaction(req, () =>
        remind(req, options, { workflow, collection, doc }),
      )
      if (sent) reminded++
    }
  }
  return reminded
}

async function alreadyReminded(req: PayloadRequest, { collection, doc }: Reminder) {
  const { totalDocs } = await req.payload.count({
    collection: HISTORY as 'workflow-history',
    where: ofDocument(
      collection,
      String(doc.id),
      { transition: { equals: REMIND } },
      { dueAt: { equals: doc.workflowDueAt } },
    ),
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function remind(
  req: PayloadRequest,
  options: ResolvedOptions,
  reminder: Reminder,
): Promise<boolean> {
  if (await alreadyReminded(req, reminder)) return false
  const { workflow, collection, doc } = reminder
  const id = String(doc.id)
  const state = currentState(workflow, doc)
  const history = await documentHistory(req, collection, id)
  const recipients = await nextReviewers(req, options, workflow, state.key, doc, history)
  const reminded = await userNames(req, options, recipients)
  const names = [...reminded.values()].join('、') || '（没有可提醒的人员）'
  const comment = `已超过办理时限（${formatBeijingTime(doc.workflowDueAt)}），提醒：${names}`
  await addHistory(req, {
    collectionSlug: collection,
    documentId: id,
    documentTitle: titleOf(doc),
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
  const event = { collection, id, transition: REMIND, from: state.key, to: state.key, comment }
  await options.audit?.(req, event)
  if (recipients.length) await notifyReminder(req, options, reminder, state, recipients)
  return true
}

async function notifyReminder(
  req: PayloadRequest,
  options: ResolvedOptions,
  { collection, doc }: Reminder,
  state: WorkflowState,
  recipients: string[],
): Promise<void> {
  if (!options.notify) return
  const id = String(doc.id)
  const title = titleOf(doc)
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
