// The outbox: a message is written as a row of `messages` inside the transaction of the change that causes
// it, so it exists exactly when the change does (never sent for a rolled-back change, never lost for a
// committed one). The mailer delivers it afterwards (mailer.ts).
import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles.ts'
import { cutText } from '../../../contracts/text/index.ts'
import { problem } from '../http/problem.ts'

export type OutgoingMessage = {
  /** Staff accounts (user ids); their current address is looked up when the message is sent. */
  recipients: string[]
  subject: string
  body: string
  /** What the message is about, e.g. `workflow.transition`, `workflow.reminder`. */
  kind: string
  /** The object it concerns, `collection/id`. */
  ref?: string
}

/** UTF-16 units of a subject (the messages collection's maxLength); longer ones are cut at a character. */
export const SUBJECT_MAX = 200

/** Queues one message per distinct recipient, in `req`'s transaction. */
export async function queueMessage(req: PayloadRequest, message: OutgoingMessage): Promise<number> {
  const recipients = [...new Set(message.recipients.map(String))]
  for (const recipient of recipients) {
    await req.payload.create({
      collection: 'messages',
      data: {
        channel: 'email', recipient, subject: cutText(message.subject, SUBJECT_MAX), body: message.body, kind: message.kind, ref: message.ref,
        status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString(),
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
  return recipients.length
}

/** POST /api/messages/:id/retry — the system admin sends a failed message again (after fixing the cause). */
export const retryMessageEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    if (!hasRole(req.user, 'systemAdmin')) return problem(403, 'forbidden', '只有系统管理员可以重新发送消息')
    const id = String(req.routeParams?.id)
    const message = await req.payload.findByID({ collection: 'messages', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!message) return problem(404, 'not_found', '消息不存在')
    if (message.status !== 'failed') return problem(409, 'not_failed', message.status === 'sent' ? '这条消息已经发送成功' : '这条消息正在等待发送，无需重新发送')
    await req.payload.update({
      collection: 'messages', id, depth: 0, req, overrideAccess: true,
      data: { status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString(), lastError: cutText(`${message.lastError ?? ''}（已由系统管理员重新发送）`, 2000) },
    })
    return Response.json({ id, status: 'queued' })
  },
}
