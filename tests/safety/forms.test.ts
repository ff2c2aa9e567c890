// Public form input (咨询留言, the first public form): the content check refuses block-level content with a
// Chinese message naming the field and stores nothing; other findings are kept with the submission as
// 待人工核对 for the service centre. Contact details are what forms collect: not findings.
import { describe, expect, inject, it } from 'vitest'
import { restAs } from '../support/rest.ts'

type Problem = { errors: { message: string; data?: { errors: { path: string; message: string }[] } }[] }

const question = (text: string, extra: Record<string, unknown> = {}) => ({
  subject: '咨询东南亚市场准入', topic: 'market', question: text, company: '上海海桥贸易有限公司', contactName: '张伟', contactPhone: '13812345678', ...extra,
})

async function count(): Promise<number> {
  const service = await restAs('service@haiqiao.local')
  return ((await (await service.get('/consultations?limit=0')).json()) as { totalDocs: number }).totalDocs
}

describe('公众提交的表单内容检查', () => {
  it('含“禁止”级别内容的提交被拒绝，说明哪一栏有问题，且不留下任何记录', async () => {
    const before = await count()
    const visitor = await restAs()
    const res = await visitor.post('/consultations', question('我们想了解中华人民共合国企业在越南投资的政策。'))
    expect(res.status).toBe(400)
    const body = (await res.json()) as Problem
    expect(body.errors[0]!.data!.errors).toEqual([{ path: 'question', message: '“问题描述”中含有不能提交的内容“中华人民共合国”，请修改后再提交' }])
    // In Chinese throughout, also for a client that states no language.
    const bare = await fetch(`${inject('haiqiao').cmsUrl}/api/consultations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(question('中华人民共合国')) })
    expect(((await bare.json()) as Problem).errors[0]!.message).toBe('下面的字段是无效的： question')
    expect(await count()).toBe(before)
  })

  it('其他可疑内容照常受理，标记为“待人工核对”，服务人员看得到检查发现', async () => {
    const visitor = await restAs()
    const res = await visitor.post('/consultations', question('请问攻府对企业赴越南设厂有哪些支持？', { status: 'answered', safetyFlag: 'clean', reply: '访客自己写的答复' }))
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: string } }

    const service = await restAs('service@haiqiao.local')
    const saved = (await (await service.get(`/consultations/${doc.id}`)).json()) as Record<string, unknown>
    // What only staff may set was not taken from the visitor.
    expect(saved).toMatchObject({ status: 'pending', safetyFlag: 'flagged', contactName: '张****', contactPhone: '138****5678' })
    expect(saved.reply ?? null).toBeNull()
    expect(saved.safetyNotes).toContain('“问题描述”第 3 字“攻府”（应为“政府”）')

    // The service centre can list what needs a look.
    const flagged = (await (await service.get(`/consultations?where[safetyFlag][equals]=flagged&where[id][equals]=${doc.id}`)).json()) as { totalDocs: number }
    expect(flagged.totalDocs).toBe(1)
    // Visitors and other staff cannot read submissions.
    expect((await visitor.get(`/consultations/${doc.id}`)).status).toBe(403)
    expect((await (await restAs('editor@haiqiao.local')).get(`/consultations/${doc.id}`)).status).toBe(403)
  })

  it('没有问题的提交标记为“未发现问题”；留言中的联系方式不算问题', async () => {
    const visitor = await restAs()
    const res = await visitor.post('/consultations', question('我司计划在马来西亚设立海外仓，请问需要办理哪些境外投资备案手续？方便时请致电 13912345678。'))
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: string } }
    const saved = (await (await (await restAs('service@haiqiao.local')).get(`/consultations/${doc.id}`)).json()) as Record<string, unknown>
    expect(saved.safetyFlag).toBe('clean')
    expect(saved.safetyNotes ?? null).toBeNull()
  })

  it('必填项缺失时给出中文说明', async () => {
    const res = await (await restAs()).post('/consultations', { subject: '没有写问题', topic: 'policy' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as Problem
    expect(body.errors[0]!.data!.errors.map((e) => e.path)).toContain('question')
  })
})
