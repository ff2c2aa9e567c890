// Notices of a transition: the people its `notify` names hear of it. The plugin composes the message and the
// recipients; the host's `notify` option delivers them, inside the transaction of the change (an outbox), so
// a notice exists exactly when its transition does.
import type { PayloadRequest } from 'payload'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import {
  submitterOf,
  type HistoryEntry,
  type RuleFields,
  type Transition,
  type Workflow,
  type WorkflowState,
} from '../lib/definition.ts'
import { titleOf } from '../lib/history.ts'
import { idsOf } from '../lib/ids.ts'
import { documentLink, FOOTER, singularLabel } from '../lib/messages.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { nextReviewers } from './reviewers.ts'

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

/** The people the transition's `notify` names, never the actor. */
async function recipientsOf(
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: TransitionNotice,
): Promise<Set<string>> {
  const targets = notice.transition.notify ?? []
  const { workflow, doc, to, history } = notice
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
  return recipients
}

/** Tells the people the transition's `notify` names, after its history entry is written. */
export async function noticeOfTransition(
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: TransitionNotice,
): Promise<void> {
  if (!options.notify || !(notice.transition.notify ?? []).length) return
  const recipients = await recipientsOf(req, options, notice)
  if (!recipients.size) return
  const { collection, id, doc, transition, to } = notice
  const title = titleOf(doc)
  const due = doc.workflowDueAt ? `办理时限：${formatBeijingTime(String(doc.workflowDueAt))}\n` : ''
  await options.notify(req, {
    eventType: 'workflow.transition',
    collection,
    id,
    recipients: [...recipients],
    subject: `【${to.stage === 'review' ? '待审核' : '审核进度'}】《${title}》${transition.label}`,
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
