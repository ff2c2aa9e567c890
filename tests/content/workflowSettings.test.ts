// What a workflow decides besides its steps (plugins/review-workflow): conditions on a transition (a red risk
// alert needs the final review), the to-do queue of each role with due times, and the workflow settings only
// the security admin may change — refused with reasons when a workflow would be broken or leave documents
// without a state, and moving documents out of a state one by one, never into a live one.
import { describe, expect, it } from 'vitest'
import { errorOf, staffSessions } from '../support/staffSessions.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const { anonymous, editor, reviewer, reviewer2, approver, secadmin } = await staffSessions()

describe('流程条件与待办', () => {
  it('风险提示：红色等级必须经终审，其他等级初审即可发布', async () => {
    const create = async (level: string, title: string) => {
      const res = await editor.post('/risk-alerts', {
        title,
        level,
        riskType: 'security',
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
      docs: { id: string; states: { key: string; label: string; kind: string }[] }[]
    }
    expect(
      (await editor.patch(`/workflows/${threeReview!.id}`, { description: '编辑改流程' })).status,
    ).toBe(403)
    expect(
      (await approver.patch(`/workflows/${threeReview!.id}`, { description: '签发人改流程' }))
        .status,
    ).toBe(403)

    const withoutPublished = threeReview!.states.filter((state) => state.kind !== 'published')
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
        { key: 'draft', label: '草稿', kind: 'draft' },
        { key: 'published', label: '已发布', kind: 'published' },
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
