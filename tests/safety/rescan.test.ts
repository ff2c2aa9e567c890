// 内容巡检: after a dictionary change, published content is checked again with the new dictionary, the report
// names what is new, and the people responsible are told about new block- and review-level findings.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../../cms/seed/lexical.ts'
import { runRescan, type ScanReport } from '../../plugins/content-safety/index.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { draftArticle, publishThroughReview } from '../support/workflow.ts'

let payload: Payload
let secadmin: Rest

beforeAll(async () => {
  payload = await testPayload()
  secadmin = await restAs('secadmin@haiqiao.local')
  // Whatever earlier test files changed is checked now, so that the rounds below are this file's.
  await runRescan(payload)
})
afterAll(async () => {
  await closePayload(payload)
})

const WORD = '离岸仓储专项试点'

describe('词库变更后重新检查已发布内容', () => {
  let published: string
  let draft: string
  let first: ScanReport

  it('没有变化时不重复检查', async () => {
    expect(await runRescan(payload)).toBeNull()
  })

  it('新增禁止级词语后，已发布内容中的新问题被报告并通知安全管理员和签发人', async () => {
    published = await draftArticle('巡检测试：支持企业建设海外仓', {
      body: richText([`本市将开展${WORD}，支持企业在重点市场建设海外仓。`]),
    })
    await publishThroughReview('articles', published)
    // The same words in a draft are not published content: not reported.
    draft = await draftArticle('巡检测试：尚未发布的稿件', {
      body: richText([`草稿中也提到${WORD}。`]),
    })

    const res = await secadmin.post('/sensitive-words', {
      word: WORD,
      listType: 'word',
      category: '巡检测试',
      level: 'block',
    })
    expect(res.status, await res.clone().text()).toBe(201)

    first = (await runRescan(payload))!
    expect(first).not.toBeNull()
    expect(first.trigger).toBe('dictionary')
    const ours = first.findings.filter((f) => f.found === WORD)
    expect(ours).toHaveLength(1)
    expect(ours[0]).toMatchObject({
      collection: 'articles',
      collectionLabel: '文章',
      id: published,
      title: '巡检测试：支持企业建设海外仓',
      field: 'body',
      fieldLabel: '正文',
      level: 'block',
      isNew: true,
      offset: 5,
    })
    expect(first.findings.some((f) => f.id === draft)).toBe(false)
    expect(first.newFindings).toBeGreaterThanOrEqual(1)

    const { docs: messages } = await payload.find({
      collection: 'messages',
      where: { ref: { equals: `safety-scans/${first.id}` } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const [security, approver] = await Promise.all([
      staffUser(payload, 'secadmin@haiqiao.local'),
      staffUser(payload, 'approver@haiqiao.local'),
    ])
    expect(messages.map((m) => m.recipient).sort()).toEqual([security.id, approver.id].sort())
    expect(messages[0]).toMatchObject({ status: 'queued', eventType: 'content-safety.rescan' })
    expect(messages[0]!.subject).toContain('已发布内容中新发现')
    expect(messages[0]!.body).toContain(`文章《巡检测试：支持企业建设海外仓》“正文”第 6 字`)

    // The report is kept, readable in the admin.
    const saved = (await (await secadmin.get(`/safety-scans/${first.id}`)).json()) as Record<
      string,
      unknown
    >
    expect(saved).toMatchObject({
      status: 'done',
      trigger: 'dictionary',
      newFindings: first.newFindings,
      total: first.total,
    })
    expect(String(saved.title)).toMatch(/^内容巡检 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（北京时间）$/)
    expect(await runRescan(payload)).toBeNull()
  })

  it('手动发起的巡检：已报告过的问题不再算作新增', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const refused = await editor.post('/content-safety/rescan', {})
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      '词库管理人员',
    )
    expect((await (await restAs()).post('/content-safety/rescan', {})).status).toBe(401)

    const queued = await secadmin.post('/content-safety/rescan', {})
    expect(queued.status).toBe(202)
    const again = await secadmin.post('/content-safety/rescan', {})
    expect(again.status).toBe(409)
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain(
      '已有一次内容巡检在等待执行',
    )

    const second = (await runRescan(payload))!
    expect(second.trigger).toBe('manual')
    expect(second.findings.find((f) => f.id === published && f.found === WORD)).toMatchObject({
      isNew: false,
    })
    expect(second.newFindings).toBe(0)
    const { totalDocs } = await payload.count({
      collection: 'messages',
      where: { ref: { equals: `safety-scans/${second.id}` } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
    expect(
      (
        await payload.findByID({
          collection: 'safety-scans',
          id: second.id,
          depth: 0,
          overrideAccess: true,
        })
      ).requestedBy,
    ).toBe((await staffUser(payload, 'secadmin@haiqiao.local')).id)
  })

  it('词语删除后，下一次巡检不再报告', async () => {
    const { docs } = await payload.find({
      collection: 'sensitive-words',
      where: { word: { equals: WORD } },
      limit: 1,
      overrideAccess: true,
    })
    expect((await secadmin.del(`/sensitive-words/${docs[0]!.id}`)).status).toBe(200)
    const third = (await runRescan(payload))!
    expect(third.findings.some((f) => f.found === WORD)).toBe(false)
  })

  it('被停止或崩溃打断的巡检在下一轮开始时标记为失败，不会一直显示“正在检查”', async () => {
    const cut = await payload.create({
      collection: 'safety-scans',
      data: { status: 'running', trigger: 'dictionary', startedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    await runRescan(payload)
    expect(
      await payload.findByID({
        collection: 'safety-scans',
        id: cut.id,
        depth: 0,
        overrideAccess: true,
      }),
    ).toMatchObject({ status: 'failed', error: '巡检进程中断，未完成' })
  })
})
