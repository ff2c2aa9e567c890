// 三审三校 in the review workflow (plugins/review-workflow): an article goes live after the first and second
// review by two different reviewers and the approver's sign-off; each step is checked, recorded in the
// document's history and in the audit log; a return needs a comment; a transition on a document changed
// meanwhile is refused (409); a bad request is answered in Chinese.
import { describe, expect, it } from 'vitest'
import { errorOf, staffSessions } from '../support/staffSessions.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const { anonymous, editor, reviewer, reviewer2, approver, auditor } = await staffSessions()
const HAN = /[\u4e00-\u9fff]/

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
