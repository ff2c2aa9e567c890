// The mailer: delivers queued messages (outbox.ts) over SMTP (`SMTP_URL`, nodemailer); its rounds run on the
// jobs queue (jobs.ts). Each round claims due messages with a lease (so two mailers never send the same
// message, and one that died mid-send is picked up again when its lease ends), sends them, and records the outcome. A temporary failure is
// retried after 1, 5, 15, 60, 180 and 720 minutes; a permanent one (SMTP 5xx, no address) or the last
// failed retry marks the message 发送失败, where it stays, visible, until an administrator sends it again.
import { sql } from '@payloadcms/db-postgres'
import nodemailer, { type Transporter } from 'nodemailer'
import { createLocalReq, type Payload } from 'payload'
import { cleanText, cutText } from '../../../contracts/text/index.ts'
import { query } from '../db/sql.ts'

/** Minutes to wait after the 1st, 2nd, … failed attempt; a failure after the last is final. */
export const RETRY_MINUTES = [1, 5, 15, 60, 180, 720]
const LEASE_MINUTES = 10

export type Delivery = { sent: number; retrying: number; failed: number }

class PermanentFailure extends Error {}

const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000)

/** The SMTP transport of `SMTP_URL` (e.g. `smtps://user:password@mail.example.gov.cn:465`). */
export function mailTransport(url = process.env.SMTP_URL): Transporter {
  if (!url) throw new Error('未配置 SMTP_URL')
  return nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never)
}

export const mailFrom = () => process.env.MAIL_FROM ?? '海桥 <noreply@haiqiao.local>'

function describe(error: unknown): { reason: string; permanent: boolean } {
  if (error instanceof PermanentFailure) return { reason: error.message, permanent: true }
  const smtp = error as {
    responseCode?: number
    response?: string
    code?: string
    message?: string
  }
  if (smtp.responseCode)
    return {
      reason: `邮件服务器拒绝：${smtp.response ?? smtp.responseCode}`,
      permanent: smtp.responseCode >= 500,
    }
  return {
    reason: `无法连接邮件服务器：${smtp.code ? `${smtp.code} ` : ''}${smtp.message ?? String(error)}`,
    permanent: false,
  }
}

/** Sends every message due at `now`; tests drive the clock through `now`. */
export async function deliverDueMessages(
  payload: Payload,
  transport: Transporter,
  { now = new Date(), batch = 50 } = {},
): Promise<Delivery> {
  const req = await createLocalReq({}, payload)
  const result: Delivery = { sent: 0, retrying: 0, failed: 0 }
  for (;;) {
    const claimed = await query<{ id: string; attempts: number }>(
      req,
      sql`
      UPDATE messages SET attempts = attempts + 1, next_attempt_at = ${minutesAfter(now, LEASE_MINUTES).toISOString()}
      WHERE id IN (
        SELECT id FROM messages WHERE status = 'queued' AND next_attempt_at <= ${now.toISOString()}
        ORDER BY next_attempt_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id, attempts`,
    )
    for (const { id, attempts } of claimed)
      await deliver(payload, transport, { id, attempts: Number(attempts), now }, result)
    if (claimed.length < batch) return result
  }
}

/** Sends one claimed message and records the outcome on it. */
async function deliver(
  payload: Payload,
  transport: Transporter,
  { id, attempts, now }: { id: string; attempts: number; now: Date },
  result: Delivery,
): Promise<void> {
  const message = await payload.findByID({
    collection: 'messages',
    id,
    depth: 1,
    overrideAccess: true,
  })
  const recipient = typeof message.recipient === 'object' ? message.recipient : null
  try {
    if (!recipient?.email) throw new PermanentFailure('收件人账号已不存在或没有电子邮箱')
    const info = await transport.sendMail({
      from: mailFrom(),
      // Headers on one line and no control characters, whatever is stored (contracts/text).
      to: { name: cleanText(recipient.name, { lines: 'join' }), address: recipient.email },
      subject: cleanText(message.subject, { lines: 'join' }),
      text: cleanText(message.body),
      // The same id on every attempt, so a receiving server can drop a duplicate after a lost reply.
      messageId: `<${id}@haiqiao.local>`,
    })
    await payload.update({
      collection: 'messages',
      id,
      depth: 0,
      overrideAccess: true,
      data: {
        status: 'sent',
        sentAt: new Date().toISOString(),
        messageId: info.messageId,
        lastError: null,
      },
    })
    result.sent++
  } catch (error) {
    const { reason, permanent } = describe(error)
    const final = permanent || attempts > RETRY_MINUTES.length
    await payload.update({
      collection: 'messages',
      id,
      depth: 0,
      overrideAccess: true,
      data: {
        status: final ? 'failed' : 'queued',
        nextAttemptAt: (final
          ? now
          : minutesAfter(now, RETRY_MINUTES[attempts - 1]!)
        ).toISOString(),
        lastError: cutText(`第 ${attempts} 次：${reason}`, 2000),
      },
    })
    if (final) result.failed++
    else result.retrying++
  }
}
