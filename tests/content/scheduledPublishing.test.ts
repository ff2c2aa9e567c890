// Scheduled sign-off in the review workflow (plugins/review-workflow): only the approver schedules, the run
// is queued on the jobs queue for its time and executed as the person who scheduled it; a document changed
// after scheduling is not published (the reason is recorded); the scheduler may cancel, others may not.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDueSchedules } from '../../plugins/review-workflow/index.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { errorOf, staffSessions } from '../support/staffSessions.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const { anonymous, editor, reviewer, reviewer2, approver } = await staffSessions()
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('定时发布', () => {
  const HOUR = 3_600_000
  async function readyForSignOff(title: string): Promise<string> {
    const id = await draftArticle(title)
    await transition(editor, 'articles', id, 'submit')
    await transition(reviewer, 'articles', id, 'pass-first')
    await transition(reviewer2, 'articles', id, 'pass-second')
    return id
  }
  const scheduleOf = async (id: string) =>
    (
      await payload.find({
        collection: 'workflow-schedules',
        where: { documentId: { equals: id } },
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]!

  it('签发人定时签发：到时之前不上线，到时由调度器以安排人的身份执行；编辑不能安排发布', async () => {
    const id = await readyForSignOff('测试定时：明日上线的政策解读')
    const at = new Date(Date.now() + HOUR).toISOString()
    const { version } = await workflowView(approver, 'articles', id)
    expect(
      (await editor.post(`/articles/${id}/transition`, { transition: 'approve', version, at }))
        .status,
    ).toBe(403)
    const past = await approver.post(`/articles/${id}/transition`, {
      transition: 'approve',
      version,
      at: new Date(Date.now() - HOUR).toISOString(),
    })
    expect(past.status).toBe(400)
    expect((await errorOf(past)).message).toBe('定时时间必须在一分钟之后')
    const notPublishing = await approver.post(`/articles/${id}/transition`, {
      transition: 'return',
      version,
      at,
      comment: '定时退回？',
    })
    expect((await errorOf(notPublishing)).code).toBe('not_schedulable')

    const scheduled = await approver.post(`/articles/${id}/transition`, {
      transition: 'approve',
      version,
      at,
      comment: '明早九点发布。',
    })
    expect(scheduled.status).toBe(200)
    expect(await scheduled.json()).toMatchObject({ state: 'final-review', scheduledAt: at })
    expect(
      (await approver.post(`/articles/${id}/transition`, { transition: 'approve', version, at }))
        .status,
    ).toBe(409)
    // While it is scheduled, signing off at once is refused too: one decision about when it goes live.
    const now = await approver.post(`/articles/${id}/transition`, {
      transition: 'approve',
      version,
    })
    expect(now.status).toBe(409)
    expect((await errorOf(now)).message).toContain('请先取消定时')
    const view = await workflowView(editor, 'articles', id)
    expect(view.schedules).toEqual([
      { action: '终审签发', at, actor: '刘洋', comment: '明早九点发布。' },
    ])
    expect(view.history.at(-1)?.action).toMatch(/^定时终审签发/)
    // Its run is queued on the jobs queue for that time (waitUntil); the refused attempts queued nothing.
    const { docs: due } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'workflow-due' } }, { waitUntil: { equals: at } }] },
      overrideAccess: true,
    })
    expect(due).toHaveLength(1)
    expect(due[0]).toMatchObject({ queue: 'workflow', processing: false, hasError: false })

    await runDueSchedules(payload, new Date())
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
    await runDueSchedules(payload, new Date(Date.now() + 2 * HOUR))
    expect(await (await anonymous.get(`/articles/${id}`)).json()).toMatchObject({
      _status: 'published',
      workflowState: 'published',
    })
    expect(await scheduleOf(id)).toMatchObject({ status: 'done' })
    expect((await workflowView(editor, 'articles', id)).history.at(-1)).toMatchObject({
      action: '终审签发',
      actor: '刘洋',
      comment: '明早九点发布。',
    })
  })

  it('安排之后文档被修改，到时不发布并记录原因；安排人可以取消，其他人不能', async () => {
    const changed = await readyForSignOff('测试定时：安排后又被修改')
    const at = new Date(Date.now() + HOUR).toISOString()
    await approver.post(`/articles/${changed}/transition`, {
      transition: 'approve',
      version: (await workflowView(approver, 'articles', changed)).version,
      at,
    })
    expect(
      (await editor.patch(`/articles/${changed}`, { summary: '安排发布后补充的摘要，未经终审。' }))
        .status,
    ).toBe(200)
    await runDueSchedules(payload, new Date(Date.now() + 2 * HOUR))
    expect(await scheduleOf(changed)).toMatchObject({
      status: 'failed',
      result: expect.stringContaining('已被他人修改'),
    })
    expect((await anonymous.get(`/articles/${changed}`)).status).toBe(404)

    const cancelled = await readyForSignOff('测试定时：取消')
    await approver.post(`/articles/${cancelled}/transition`, {
      transition: 'approve',
      version: (await workflowView(approver, 'articles', cancelled)).version,
      at,
    })
    expect((await reviewer.post(`/articles/${cancelled}/schedule/cancel`, {})).status).toBe(403)
    expect((await approver.post(`/articles/${cancelled}/schedule/cancel`, {})).status).toBe(200)
    expect((await workflowView(editor, 'articles', cancelled)).schedules).toEqual([])
    await runDueSchedules(payload, new Date(Date.now() + 2 * HOUR))
    expect(await scheduleOf(cancelled)).toMatchObject({ status: 'cancelled' })
    expect((await anonymous.get(`/articles/${cancelled}`)).status).toBe(404)
    expect((await approver.post(`/articles/${cancelled}/schedule/cancel`, {})).status).toBe(404)
  })
})
