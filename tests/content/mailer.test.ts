// The message service's mailer over real SMTP to the reference server on loopback: a message the server
// cannot take now stays queued and is retried with backoff until delivered, one that keeps failing is marked
// failed after the last retry and kept, one the server rejects (5xx) fails at once and only the system
// admin may send it again; staff see only the messages addressed to them. The clock is driven by `now`.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDueMessages, RETRY_MINUTES } from '../../cms/lib/notify/mailer.ts'
import { queueMessage } from '../../cms/lib/notify/outbox.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { startSmtpPeer } from '../../scripts/peers/smtpServer.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { smtpInbox } from '../support/smtpInbox.ts'
import { staffSessions } from '../support/staffSessions.ts'

const MINUTE = 60_000
let payload: Payload
const { editor } = await staffSessions()
const { transport, mailsTo, mailDir } = smtpInbox()

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('消息发送与重试', () => {
  async function queued(subject: string): Promise<string> {
    const user = await staffUser(payload, 'approver@haiqiao.local')
    const req = await createLocalReq({}, payload)
    await queueMessage(req, {
      recipients: [user.id],
      subject,
      body: '测试正文',
      eventType: 'test',
      ref: `test/${subject}`,
    })
    const { docs } = await payload.find({
      collection: 'messages',
      where: { ref: { equals: `test/${subject}` } },
      overrideAccess: true,
    })
    return docs[0]!.id
  }
  const messageOf = (id: string) =>
    payload.findByID({ collection: 'messages', id, overrideAccess: true })

  it('邮件服务器不可达时保留消息并按退避时间重试，恢复后送达', async () => {
    const id = await queued('重试测试：服务器暂时不可达')
    const down = `smtp://127.0.0.1:${await freePort()}`
    const start = new Date()
    await deliverDueMessages(payload, transport(down), { now: start })
    let message = await messageOf(id)
    expect(message).toMatchObject({ status: 'queued', attempts: 1 })
    expect(message.lastError).toContain('无法连接邮件服务器')
    expect(new Date(message.nextAttemptAt).getTime()).toBe(
      start.getTime() + RETRY_MINUTES[0]! * MINUTE,
    )

    // Not due yet: nothing happens even with the server back.
    await deliverDueMessages(payload, transport(), { now: new Date(start.getTime() + 30_000) })
    expect((await messageOf(id)).status).toBe('queued')
    await deliverDueMessages(payload, transport(), {
      now: new Date(start.getTime() + RETRY_MINUTES[0]! * MINUTE),
    })
    message = await messageOf(id)
    expect(message).toMatchObject({ status: 'sent', attempts: 2, lastError: null })
    expect(mailsTo('approver@haiqiao.local', '重试测试：服务器暂时不可达')).toHaveLength(1)
  })

  it('持续失败在最后一次重试后标记为发送失败，不丢弃', async () => {
    const id = await queued('重试测试：一直不可达')
    const down = `smtp://127.0.0.1:${await freePort()}`
    let now = new Date()
    for (let attempt = 1; attempt <= RETRY_MINUTES.length + 1; attempt++) {
      await deliverDueMessages(payload, transport(down), { now })
      const message = await messageOf(id)
      expect(message.attempts).toBe(attempt)
      if (attempt <= RETRY_MINUTES.length) {
        expect(message.status).toBe('queued')
        now = new Date(message.nextAttemptAt)
      } else expect(message.status).toBe('failed')
    }
  })

  it('服务器拒收（5xx）立即标记失败；系统管理员可以重新发送，其他人不可以', async () => {
    const rejecting = await startSmtpPeer({
      port: await freePort(),
      dir: mailDir,
      reject: { code: 550, message: 'mailbox unavailable' },
    })
    const id = await queued('重试测试：拒收')
    try {
      await deliverDueMessages(payload, transport(rejecting.url))
    } finally {
      await rejecting.stop()
    }
    const failed = await messageOf(id)
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.lastError).toContain('邮件服务器拒绝')

    const denied = await editor.post(`/messages/${id}/retry`, {})
    expect(denied.status).toBe(403)
    expect(((await denied.json()) as { error: { message: string } }).error.message).toContain(
      '系统管理员',
    )
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    expect((await sysadmin.post(`/messages/${id}/retry`, {})).status).toBe(200)
    expect((await sysadmin.post(`/messages/${id}/retry`, {})).status).toBe(409)
    await deliverDueMessages(payload, transport())
    expect(await messageOf(id)).toMatchObject({ status: 'sent' })
  })

  it('员工只能看到发给自己的消息', async () => {
    await queued('可见性测试')
    const mine = (await (await editor.get('/messages?limit=100&depth=0')).json()) as {
      docs: { recipient: string }[]
    }
    const editorUser = await staffUser(payload, 'editor@haiqiao.local')
    expect(mine.docs.every((m) => m.recipient === editorUser.id)).toBe(true)
    const approver = await restAs('approver@haiqiao.local')
    const theirs = (await (
      await approver.get('/messages?limit=100&where[subject][equals]=可见性测试')
    ).json()) as { docs: unknown[] }
    expect(theirs.docs).toHaveLength(1)
  })
})
