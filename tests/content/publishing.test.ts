// The review workflow (plugins/review-workflow): documents go live only through the final transition of
// their workflow — 三审三校 by three different people for articles — whatever the entry point (REST,
// GraphQL, Local API with or without a user, bulk, restore version); every step is checked, recorded in the
// document's history and in the audit log; a transition on a document changed meanwhile is refused.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDueSchedules } from '../../plugins/review-workflow/index.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import {
  draftArticle,
  publishThroughReview,
  transition,
  workflowView,
} from '../support/workflow.ts'

const HAN = /[\u4e00-\u9fff]/
let payload: Payload
let anonymous: Rest
let editor: Rest
let reviewer: Rest
let reviewer2: Rest
let approver: Rest
let secadmin: Rest
let auditor: Rest
let columnId: string

beforeAll(async () => {
  payload = await testPayload()
  ;[anonymous, editor, reviewer, reviewer2, approver, secadmin, auditor] = await Promise.all([
    restAs(),
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
    restAs('reviewer2@haiqiao.local'),
    restAs('approver@haiqiao.local'),
    restAs('secadmin@haiqiao.local'),
    restAs('auditor@haiqiao.local'),
  ])
  const { docs } = await payload.find({
    collection: 'columns',
    where: { slug: { equals: 'policy' } },
  })
  columnId = docs[0]!.id
})
afterAll(() => closePayload(payload))

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error

describe('三审三校', () => {
  it('编辑提交，两名审核员初审、复审，签发人终审签发后上线；每一步记入文档流转记录和审计日志', async () => {
    const id = await draftArticle('测试三审：关于支持企业开拓东盟市场的若干措施')
    const start = await workflowView(editor, 'articles', id)
    expect(start).toMatchObject({
      workflow: { name: '三审三校' },
      state: { key: 'draft', label: '草稿' },
      status: 'draft',
    })
    expect(start.transitions.map((t) => t.key)).toEqual(['submit'])

    expect((await transition(editor, 'articles', id, 'submit', '请审核。')).status).toBe(200)
    expect((await workflowView(reviewer, 'articles', id)).transitions.map((t) => t.key)).toEqual([
      'pass-first',
      'return',
    ])
    expect(
      (await transition(reviewer, 'articles', id, 'pass-first', '初审通过，文字已校对。')).status,
    ).toBe(200)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    // 三审分人: the first reviewer cannot also take the second review.
    const again = await transition(reviewer, 'articles', id, 'pass-second')
    expect(again.status).toBe(403)
    expect(await errorOf(again)).toMatchObject({
      code: 'same_reviewer',
      message: expect.stringContaining('不同人员'),
    })
    expect((await transition(reviewer2, 'articles', id, 'pass-second', '复审通过。')).status).toBe(
      200,
    )

    // Only the approver signs off; reviewers cannot take the final step.
    const notAllowed = await transition(reviewer2, 'articles', id, 'approve')
    expect(notAllowed.status).toBe(403)
    expect((await errorOf(notAllowed)).message).toMatch(HAN)
    const signed = await transition(approver, 'articles', id, 'approve', '同意发布。')
    expect(signed.status).toBe(200)
    expect(await signed.json()).toMatchObject({ state: 'published', status: 'published' })

    expect(await (await anonymous.get(`/articles/${id}`)).json()).toMatchObject({
      _status: 'published',
      workflowState: 'published',
    })
    const view = await workflowView(editor, 'articles', id)
    expect(view.history.map((h) => [h.action, h.actor, h.comment])).toEqual([
      ['提交审核', '王晓明', '请审核。'],
      ['初审通过', '李静', '初审通过，文字已校对。'],
      ['复审通过', '张华', '复审通过。'],
      ['终审签发', '刘洋', '同意发布。'],
    ])
    const audit = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=workflow.transition&where[objectId][equals]=${id}&sort=seq`,
      )
    ).json()) as { docs: { reason: string; actorRoles: string }[] }
    expect(audit.docs.map((d) => d.reason.split('：')[0])).toEqual([
      'submit',
      'pass-first',
      'pass-second',
      'approve',
    ])
    expect(audit.docs[3]!.actorRoles).toBe('approver')
  })

  it('退回必须填写意见，退回后回到作者，修改后可重新提交', async () => {
    const id = await draftArticle('测试退回：境外投资备案指引')
    await transition(editor, 'articles', id, 'submit')
    const silent = await transition(reviewer, 'articles', id, 'return')
    expect(silent.status).toBe(400)
    expect(await errorOf(silent)).toMatchObject({
      code: 'comment_required',
      message: '执行“退回修改”必须填写意见',
    })
    expect(
      (await transition(reviewer, 'articles', id, 'return', '第二段数据来源不明，请补充出处。'))
        .status,
    ).toBe(200)
    const view = await workflowView(editor, 'articles', id)
    expect(view.state).toMatchObject({ key: 'returned', label: '退回修改' })
    expect(view.history.at(-1)).toMatchObject({
      action: '退回修改',
      comment: '第二段数据来源不明，请补充出处。',
      actor: '李静',
    })
    expect((await editor.patch(`/articles/${id}`, { summary: '已补充数据出处。' })).status).toBe(
      200,
    )
    expect((await transition(editor, 'articles', id, 'submit', '已按意见修改。')).status).toBe(200)
    expect((await workflowView(editor, 'articles', id)).state?.key).toBe('first-review')
  })

  it('文档在打开后被他人修改，再流转被拒绝（409），刷新后可以继续', async () => {
    const id = await draftArticle('测试并发：RCEP 关税减让表解读')
    await transition(editor, 'articles', id, 'submit')
    const seen = await workflowView(reviewer, 'articles', id)
    expect(
      (await editor.patch(`/articles/${id}`, { summary: '编辑在审核期间补充了摘要。' })).status,
    ).toBe(200)
    const stale = await reviewer.post(`/articles/${id}/transition`, {
      transition: 'pass-first',
      version: seen.version,
    })
    expect(stale.status).toBe(409)
    expect(await errorOf(stale)).toMatchObject({
      code: 'version_conflict',
      message: expect.stringContaining('请刷新'),
    })
    expect((await workflowView(reviewer, 'articles', id)).state?.key).toBe('first-review')

    // Two reviewers at the same version at the same moment: exactly one transition happens.
    const fresh = await workflowView(reviewer, 'articles', id)
    const results = await Promise.all([
      reviewer.post(`/articles/${id}/transition`, {
        transition: 'pass-first',
        version: fresh.version,
      }),
      reviewer2.post(`/articles/${id}/transition`, {
        transition: 'pass-first',
        version: fresh.version,
      }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(
      (await workflowView(reviewer, 'articles', id)).history.filter((h) => h.action === '初审通过'),
    ).toHaveLength(1)
  })

  it('请求有误时给出中文提示：缺少版本、未知流转、状态不对', async () => {
    const id = await draftArticle('测试输入：海外仓建设')
    const missing = await editor.post(`/articles/${id}/transition`, { transition: 'submit' })
    expect(missing.status).toBe(400)
    expect((await errorOf(missing)).message).toContain('缺少文档版本')
    const { version } = await workflowView(editor, 'articles', id)
    const unknown = await editor.post(`/articles/${id}/transition`, {
      transition: 'teleport',
      version,
    })
    expect(unknown.status).toBe(400)
    expect((await errorOf(unknown)).message).toContain('没有“teleport”这一步')
    const wrong = await reviewer.post(`/articles/${id}/transition`, {
      transition: 'pass-first',
      version,
    })
    expect(wrong.status).toBe(409)
    expect((await errorOf(wrong)).message).toBe('文档当前处于“草稿”，不能执行“初审通过”')
    expect(
      (await anonymous.post(`/articles/${id}/transition`, { transition: 'submit', version }))
        .status,
    ).toBe(401)
  })
})

describe('发布只能通过流程', () => {
  it('任何角色都不能直接把 _status 改为已发布（REST 单篇、批量、新建）', async () => {
    const id = await draftArticle('测试绕过：直接发布')
    for (const rest of [editor, reviewer, approver]) {
      const direct = await rest.patch(`/articles/${id}`, { _status: 'published' })
      expect(direct.status).toBe(403)
      expect(
        ((await direct.json()) as { errors: { message: string }[] }).errors[0]!.message,
      ).toContain('发布只能通过审核流程')
      expect(
        (await rest.patch(`/articles?where[id][equals]=${id}`, { _status: 'published' })).status,
      ).toBe(403)
    }
    expect(
      (
        await approver.post('/articles', {
          title: '测试绕过：新建即发布',
          column: columnId,
          _status: 'published',
        })
      ).status,
    ).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })

  it('GraphQL 与带用户的本地 API 同样不能直接发布', async () => {
    const id = await draftArticle('测试绕过：GraphQL')
    const attempt = await approver.graphql(
      'mutation($id: String!) { updateArticle(id: $id, data: { _status: published }) { _status } }',
      { id },
    )
    expect(attempt.errors?.[0]?.message).toContain('发布只能通过审核流程')
    const user = await staffUser(payload, 'approver@haiqiao.local')
    await expect(
      payload.update({
        collection: 'articles',
        id,
        user,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Server code without a user is refused too, unless it declares itself a system write (the demo seed).
    await expect(
      payload.update({ collection: 'articles', id, data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    const published = await anonymous.graphql(
      '{ Articles(limit: 3, sort: "-publishedAt") { totalDocs docs { title _status } } }',
    )
    const articles = published.data?.Articles as { totalDocs: number; docs: { _status: string }[] }
    expect(articles.totalDocs).toBeGreaterThanOrEqual(300)
    expect(articles.docs.every((d) => d._status === 'published')).toBe(true)
  })

  it('修改已发布的文章生成新草稿，线上版本不变，重新走完流程后才更新', async () => {
    const id = await draftArticle('测试修订：原标题')
    await publishThroughReview('articles', id)
    expect(
      (await approver.patch(`/articles/${id}`, { title: '测试修订：修改后标题' })).status,
    ).toBe(200)
    expect(
      ((await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }).title,
    ).toBe('测试修订：原标题')
    const view = await workflowView(editor, 'articles', id)
    expect(view).toMatchObject({ state: { key: 'draft' } })
    expect(
      ((await (await editor.get(`/articles/${id}?draft=true`)).json()) as { title: string }).title,
    ).toBe('测试修订：修改后标题')
    // The panel's diff link compares the new draft with the version that is live.
    const { compare } = view as unknown as { compare: { from: string; to: string } }
    const versionTitle = async (versionId: string) =>
      (
        (await (await editor.get(`/articles/versions/${versionId}`)).json()) as {
          version: { title: string; _status: string }
        }
      ).version
    expect(await versionTitle(compare.from)).toMatchObject({
      title: '测试修订：原标题',
      _status: 'published',
    })
    expect(await versionTitle(compare.to)).toMatchObject({
      title: '测试修订：修改后标题',
      _status: 'draft',
    })

    await publishThroughReview('articles', id)
    expect(
      ((await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }).title,
    ).toBe('测试修订：修改后标题')
    expect(
      ((await workflowView(editor, 'articles', id)) as unknown as { compare: unknown }).compare,
    ).toBeNull()
    const versions = (await (
      await editor.get(`/articles/versions?where[parent][equals]=${id}`)
    ).json()) as { totalDocs: number }
    expect(versions.totalDocs).toBeGreaterThanOrEqual(8)
    expect((await anonymous.get(`/articles/versions?where[parent][equals]=${id}`)).status).toBe(403)
  })

  it('撤销发布与恢复历史版本也只能通过流程', async () => {
    const id = await draftArticle('测试撤稿：工作动态')
    await publishThroughReview('articles', id)
    for (const rest of [editor, approver])
      expect((await rest.patch(`/articles/${id}`, { _status: 'draft' })).status).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(200)

    const versions = (await (
      await approver.get(`/articles/versions?where[parent][equals]=${id}&sort=createdAt`)
    ).json()) as { docs: { id: string }[] }
    const restore = await approver.post(`/articles/versions/${versions.docs[0]!.id}`, {})
    expect(restore.status).toBe(403)
    expect(
      ((await restore.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toContain('以草稿方式恢复')

    const silent = await transition(approver, 'articles', id, 'unpublish')
    expect(silent.status).toBe(400)
    expect((await transition(reviewer, 'articles', id, 'unpublish', '内容过时。')).status).toBe(403)
    expect(
      (await transition(approver, 'articles', id, 'unpublish', '政策已废止，撤下。')).status,
    ).toBe(200)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
    expect((await workflowView(editor, 'articles', id)).state).toMatchObject({
      key: 'unpublished',
      label: '已撤销',
    })
  })

  it('批量流转逐篇检查：无权限或状态不对的文档被拒绝，其余照常流转', async () => {
    const ready = [await draftArticle('测试批量：第一篇'), await draftArticle('测试批量：第二篇')]
    const notSubmitted = await draftArticle('测试批量：未提交')
    for (const id of ready) await transition(editor, 'articles', id, 'submit')
    const documents = await Promise.all(
      [...ready, notSubmitted].map(async (id) => ({
        id,
        version: (await workflowView(reviewer, 'articles', id)).version,
      })),
    )

    const byEditor = await editor.post('/articles/transition', {
      transition: 'pass-first',
      documents,
    })
    expect(byEditor.status).toBe(200)
    expect(((await byEditor.json()) as { failed: number }).failed).toBe(3)

    const res = await reviewer.post('/articles/transition', {
      transition: 'pass-first',
      comment: '批量初审通过。',
      documents,
    })
    const body = (await res.json()) as {
      results: { id: string; ok: boolean; status?: number; message?: string }[]
      failed: number
    }
    expect(body.failed).toBe(1)
    expect(body.results.filter((r) => r.ok).map((r) => r.id)).toEqual(ready)
    expect(body.results.find((r) => !r.ok)).toMatchObject({
      id: notSubmitted,
      status: 409,
      message: expect.stringContaining('草稿'),
    })
    for (const id of ready)
      expect((await workflowView(editor, 'articles', id)).state?.key).toBe('second-review')
    expect(
      (await reviewer.post('/articles/transition', { transition: 'pass-first', documents: [] }))
        .status,
    ).toBe(400)
  })
})

describe('流程条件与待办', () => {
  it('风险提示：红色等级必须经终审，其他等级初审即可发布', async () => {
    const create = async (level: string, title: string) => {
      const res = await editor.post('/risk-alerts', {
        title,
        level,
        kind: 'security',
        issuer: 'ministry',
        validFrom: new Date().toISOString(),
        summary: '测试风险提示。',
      })
      expect(res.status, await res.clone().text()).toBe(201)
      return ((await res.json()) as { doc: { id: string } }).doc.id
    }
    const red = await create('red', '测试：某国发生严重安全事件')
    const blue = await create('blue', '测试：某国节日期间出行提示')
    for (const id of [red, blue]) await transition(editor, 'risk-alerts', id, 'submit')
    expect(
      (await workflowView(reviewer, 'risk-alerts', red)).transitions.map((t) => t.key),
    ).not.toContain('publish')
    const refused = await transition(reviewer, 'risk-alerts', red, 'publish')
    expect(refused.status).toBe(409)
    expect((await errorOf(refused)).code).toBe('condition_unmet')
    expect((await transition(reviewer, 'risk-alerts', blue, 'publish')).status).toBe(200)
    expect((await anonymous.get(`/risk-alerts/${blue}`)).status).toBe(200)
  })

  it('待办列表：列出当前用户的角色可以办理的文档，含等待时长和办理时限', async () => {
    const id = await draftArticle('测试待办：数字贸易规则')
    await transition(editor, 'articles', id, 'submit')
    const queue = (await (await reviewer2.get('/workflow-queue')).json()) as {
      docs: {
        id: string
        stateLabel: string
        dueAt: string
        overdue: boolean
        ageHours: number
        transitions: { key: string }[]
      }[]
    }
    const item = queue.docs.find((doc) => doc.id === id)
    expect(item).toMatchObject({
      stateLabel: '初审',
      overdue: false,
      ageHours: 0,
      transitions: [{ key: 'pass-first' }, { key: 'return' }],
    })
    expect(Date.parse(item!.dueAt) - Date.now()).toBeGreaterThan(23 * 3_600_000)
    const editorQueue = (await (await editor.get('/workflow-queue')).json()) as {
      docs: { id: string }[]
    }
    expect(editorQueue.docs.map((doc) => doc.id)).not.toContain(id)
    expect((await anonymous.get('/workflow-queue')).status).toBe(401)
  })
})

describe('流程配置（安全管理员）', () => {
  it('只有安全管理员能修改流程；不合理的流程和会让文档失去状态的修改被拒绝并说明原因', async () => {
    const {
      docs: [threeReview],
    } = (await (await secadmin.get('/workflows?where[name][equals]=三审三校&depth=0')).json()) as {
      docs: { id: string; states: { key: string; label: string; stage: string }[] }[]
    }
    expect(
      (await editor.patch(`/workflows/${threeReview!.id}`, { description: '编辑改流程' })).status,
    ).toBe(403)
    expect(
      (await approver.patch(`/workflows/${threeReview!.id}`, { description: '签发人改流程' }))
        .status,
    ).toBe(403)

    const withoutPublished = threeReview!.states.filter((state) => state.stage !== 'published')
    const broken = await secadmin.patch(`/workflows/${threeReview!.id}`, {
      states: withoutPublished,
    })
    expect(broken.status).toBe(400)
    const brokenText = JSON.stringify(await broken.json())
    expect(brokenText).toContain('至少需要一个“已发布”类型的状态')
    expect(brokenText).toMatch(/articles 中有 \d+ 篇文档处于状态“published”/)

    const renamed = await secadmin.patch(`/workflows/${threeReview!.id}`, {
      description: '编辑提交后依次初审、复审、终审（已由安全管理员更新说明）。',
    })
    expect(renamed.status).toBe(200)
    const taken = await secadmin.post('/workflows', {
      name: '重复流程',
      collections: ['articles'],
      states: [
        { key: 'draft', label: '草稿', stage: 'draft' },
        { key: 'published', label: '已发布', stage: 'published' },
      ],
      transitions: [
        { key: 'go', label: '发布', from: ['draft'], to: 'published', roles: ['reviewer'] },
      ],
    })
    expect(taken.status).toBe(400)
    expect(JSON.stringify(await taken.json())).toContain('每类内容只能使用一个流程')
  })

  it('删除状态前由管理员把文档移到其他状态：逐篇记入流转记录；不能借此发布', async () => {
    const id = await draftArticle('测试移动：流程调整中的文章')
    await transition(editor, 'articles', id, 'submit')
    const {
      docs: [threeReview],
    } = (await (await secadmin.get('/workflows?where[name][equals]=三审三校&depth=0')).json()) as {
      docs: { id: string }[]
    }
    const move = {
      collection: 'articles',
      from: 'first-review',
      to: 'draft',
      comment: '初审环节调整，请重新提交。',
    }
    expect((await editor.post(`/workflows/${threeReview!.id}/move-documents`, move)).status).toBe(
      403,
    )
    const live = await secadmin.post(`/workflows/${threeReview!.id}/move-documents`, {
      ...move,
      to: 'published',
    })
    expect(live.status).toBe(400)
    expect((await errorOf(live)).message).toContain('发布和撤销发布必须通过流转')
    expect(
      (
        await secadmin.post(`/workflows/${threeReview!.id}/move-documents`, {
          ...move,
          comment: '',
        })
      ).status,
    ).toBe(400)

    const moved = await secadmin.post(`/workflows/${threeReview!.id}/move-documents`, move)
    expect(moved.status).toBe(200)
    expect(((await moved.json()) as { moved: number }).moved).toBeGreaterThanOrEqual(1)
    const view = await workflowView(editor, 'articles', id)
    expect(view.state?.key).toBe('draft')
    expect(view.history.at(-1)).toMatchObject({
      action: '管理员移动',
      actor: '孙悦',
      comment: '初审环节调整，请重新提交。',
    })
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })
})

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

describe('流转后请求门户构建（插件的 afterTransition 选项）', () => {
  it('撤销发布请求一次门户构建，有待审新稿时也是；草稿修改和审核中的流转不请求', async () => {
    const id = await draftArticle('测试撤稿构建：境外投资备案流程说明')
    await publishThroughReview('articles', id)
    const requests = async () =>
      (
        await payload.find({
          collection: 'site-builds',
          where: { 'reasons.docId': { equals: id } },
          overrideAccess: true,
          pagination: false,
          depth: 0,
        })
      ).docs
    const published = (await requests()).length
    expect(published).toBeGreaterThan(0)
    // A new draft of the live document, submitted for review: the site does not change.
    expect(
      (
        await reviewer.patch(`/articles/${id}`, {
          title: '测试撤稿构建：境外投资备案流程说明（修订稿）',
        })
      ).status,
    ).toBe(200)
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    expect(await requests()).toHaveLength(published)
    // Withdrawn while the new draft is pending: the live version leaves the site.
    const res = await transition(approver, 'articles', id, 'unpublish', '暂时撤下。')
    expect(res.status, await res.clone().text()).toBe(200)
    const after = await requests()
    expect(after).toHaveLength(published + 1)
    const reasons = after
      .flatMap((build) => build.reasons ?? [])
      .filter((reason) => reason.docId === id)
      .map((reason) => reason.reason)
    expect(reasons.filter((reason) => reason?.startsWith('撤销发布 articles '))).toHaveLength(1)
  })
})
