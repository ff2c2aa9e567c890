// Notifications of the review workflow through the message service: a transition queues its notices in its
// own transaction (cms/lib/notify/outbox.ts) for the people who may take the next step, or only for the
// assignees chosen; the mailer delivers them over real SMTP to the reference server on loopback; overdue
// documents are reminded (催办) once per due time. The clock is driven by passing `now`. Delivery, retries
// and failures: mailer.test.ts.
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accountDisabled } from '../../cms/lib/auth/policy.ts'
import { deliverDueMessages } from '../../cms/lib/notify/mailer.ts'
import { sendReminders } from '../../plugins/review-workflow/index.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { smtpInbox } from '../support/smtpInbox.ts'
import { staffSessions } from '../support/staffSessions.ts'
import { newStaff } from '../support/staff.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
let payload: Payload
const { editor, reviewer } = await staffSessions()
const { transport, mailsTo } = smtpInbox()

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const ownerPool = () => (payload.db as unknown as { pool: Pool }).pool

async function messagesAbout(id: string) {
  const { docs } = await payload.find({
    collection: 'messages',
    where: { ref: { equals: `articles/${id}` } },
    depth: 1,
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((m) => ({
    ...m,
    to: typeof m.recipient === 'object' ? m.recipient?.email : m.recipient,
  }))
}

describe('流转通知', () => {
  it('提交审核通知有权初审的审核员（不含提交人），退回修改把意见通知作者；邮件经 SMTP 送达', async () => {
    // A reviewer whose account is disabled as dormant (unused for over 30 days) cannot act and is not told.
    const dormant = await newStaff('reviewer', 'dormant-notice')
    await ownerPool().query(
      `UPDATE users SET password_changed_at = now() - interval '40 days', last_login_at = now() - interval '31 days' WHERE id = $1`,
      [dormant.id],
    )
    const id = await draftArticle('通知测试：关于开展跨境电商培训的通知')
    expect((await transition(editor, 'articles', id, 'submit', '请审核。')).status).toBe(200)
    let messages = await messagesAbout(id)
    // Every reviewer who can log in (other test files add reviewer accounts too), nobody else, not the submitter.
    const reviewers = (
      await payload.find({
        collection: 'users',
        where: { roles: { in: ['reviewer'] } },
        pagination: false,
        overrideAccess: true,
      })
    ).docs
      .filter((user) => accountDisabled(user) === null)
      .map((u) => u.email)
      .sort()
    expect(reviewers).toEqual(
      expect.arrayContaining(['reviewer2@haiqiao.local', 'reviewer@haiqiao.local']),
    )
    expect(reviewers).not.toContain(dormant.email)
    expect(messages.map((m) => m.to).sort()).toEqual(reviewers)
    expect(messages[0]).toMatchObject({
      status: 'queued',
      eventType: 'workflow.transition',
      subject: '【待审核】《通知测试：关于开展跨境电商培训的通知》提交审核',
    })
    expect(messages[0]!.body).toContain('王晓明')
    expect(messages[0]!.body).toContain(`/admin/collections/articles/${id}`)

    expect(
      (await transition(reviewer, 'articles', id, 'return', '第二段数据来源请注明。')).status,
    ).toBe(200)
    messages = await messagesAbout(id)
    const toAuthor = messages.filter((m) => m.to === 'editor@haiqiao.local')
    expect(toAuthor).toHaveLength(1)
    expect(toAuthor[0]!.body).toContain('意见：第二段数据来源请注明。')

    const result = await deliverDueMessages(payload, transport())
    expect(result.sent).toBeGreaterThanOrEqual(3)
    messages = await messagesAbout(id)
    expect(messages.every((m) => m.status === 'sent' && m.attempts === 1 && m.sentAt)).toBe(true)
    // Real SMTP: the reference server received them, Chinese subject and body intact.
    expect(
      mailsTo('reviewer2@haiqiao.local', '《通知测试：关于开展跨境电商培训的通知》提交审核'),
    ).toHaveLength(1)
    const returned = mailsTo(
      'editor@haiqiao.local',
      '《通知测试：关于开展跨境电商培训的通知》退回修改',
    )
    expect(returned).toHaveLength(1)
    expect(returned[0]!.text).toContain('第二段数据来源请注明。')
    expect(returned[0]!.messageId).toBe(`<${toAuthor[0]!.id}@haiqiao.local>`)
  })

  it('被拒绝的流转不产生任何通知（通知与流转在同一事务中）', async () => {
    const id = await draftArticle('通知测试：被拒绝的流转')
    const { version } = await workflowView(editor, 'articles', id)
    const refused = await reviewer.post(`/articles/${id}/transition`, {
      transition: 'pass-first',
      version,
    })
    expect(refused.status).toBe(409)
    expect(await messagesAbout(id)).toHaveLength(0)
  })

  it('流转可指定下一环节的处理人（只能从有权办理的人中选），指定后只通知处理人', async () => {
    const id = await draftArticle('通知测试：指定处理人')
    const [reviewer2, approver] = await Promise.all([
      staffUser(payload, 'reviewer2@haiqiao.local'),
      staffUser(payload, 'approver@haiqiao.local'),
    ])
    const view = (await (await editor.get(`/articles/${id}/workflow`)).json()) as {
      version: string
      transitions: { key: string; candidates: { name: string }[] }[]
    }
    const offered = view.transitions.find((t) => t.key === 'submit')!.candidates.map((c) => c.name)
    expect(offered).toEqual(expect.arrayContaining(['张华', '李静']))
    expect(offered).not.toContain('刘洋')
    expect(offered).not.toContain('王晓明')

    const wrong = await editor.post(`/articles/${id}/transition`, {
      transition: 'submit',
      version: view.version,
      assignees: [approver.id],
    })
    expect(wrong.status).toBe(400)
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain(
      '无权办理“初审”',
    )
    const res = await editor.post(`/articles/${id}/transition`, {
      transition: 'submit',
      version: view.version,
      assignees: [reviewer2.id],
    })
    expect(res.status).toBe(200)
    expect((await messagesAbout(id)).map((m) => m.to)).toEqual(['reviewer2@haiqiao.local'])

    // 三审分人: after 张华's first review he is not offered for the second.
    const reviewer2Rest = await restAs('reviewer2@haiqiao.local')
    const next = (await (await reviewer2Rest.get(`/articles/${id}/workflow`)).json()) as {
      transitions: { key: string; candidates: { name: string }[] }[]
    }
    const second = next.transitions
      .find((t) => t.key === 'pass-first')!
      .candidates.map((c) => c.name)
    expect(second).toContain('李静')
    expect(second).not.toContain('张华')
  })
})

describe('催办', () => {
  it('超过办理时限后提醒处理人，每个时限只提醒一次，并记入流转记录', async () => {
    const id = await draftArticle('催办测试：境外投资备案指南')
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    const { version } = await workflowView(editor, 'articles', id)
    const doc = await payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: true,
    })
    const due = new Date(doc.workflowDueAt!)
    expect(due.getTime() - Date.parse(version)).toBeGreaterThan(23 * HOUR)

    const before = (await messagesAbout(id)).length
    await sendReminders(payload, new Date(due.getTime() - MINUTE))
    expect(await messagesAbout(id)).toHaveLength(before)

    expect(await sendReminders(payload, new Date(due.getTime() + MINUTE))).toBeGreaterThanOrEqual(1)
    const reminders = (await messagesAbout(id)).filter((m) => m.eventType === 'workflow.reminder')
    const submitted = (await messagesAbout(id)).filter((m) => m.eventType === 'workflow.transition')
    // The same people who were told of the submission: every reviewer.
    expect(reminders.map((m) => m.to).sort()).toEqual(submitted.map((m) => m.to).sort())
    expect(reminders.map((m) => m.to)).toContain('reviewer@haiqiao.local')
    expect(reminders[0]!.subject).toBe(
      '【催办】《催办测试：境外投资备案指南》已超过办理时限（初审）',
    )

    await sendReminders(payload, new Date(due.getTime() + 2 * HOUR))
    expect(
      (await messagesAbout(id)).filter((m) => m.eventType === 'workflow.reminder'),
    ).toHaveLength(reminders.length)

    const view = await workflowView(editor, 'articles', id)
    const entry = view.history.find((h) => h.action === '催办')
    expect(entry?.comment).toMatch(/已超过办理时限.*提醒：.*李静/)
    // A reminder is not a review act: the version is unchanged and the reviewer can still take the step.
    expect(view.version).toBe(version)
    expect((await transition(reviewer, 'articles', id, 'pass-first')).status).toBe(200)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ objectId: { equals: id } }, { reason: { contains: 'remind' } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })
})
