// The outbox: a message is written as a row of `messages` inside the transaction of the change that causes
// it, so it exists exactly when the change does (never sent for a rolled-back change, never lost for a
// committed one). The mailer delivers it afterwards (mailer.ts).
import type { PayloadRequest } from 'payload'
import { cutText } from '../../../contracts/text/index.ts'

export type OutgoingMessage = {
  /** Staff accounts (user ids); their current address is looked up when the message is sent. */
  recipients: string[]
  subject: string
  body: string
  /** What the message is about, e.g. `workflow.transition`, `workflow.reminder`. */
  eventType: string
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
        channel: 'email',
        recipient,
        subject: cutText(message.subject, SUBJECT_MAX),
        body: message.body,
        eventType: message.eventType,
        ref: message.ref,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
  }
  return recipients.length
}
