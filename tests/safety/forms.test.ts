// Public form input (咨询留言, the first public form, forwarded by the portal as a signed request): the content
// check refuses block-level content with a Chinese message naming the field and stores nothing; other findings
// are kept with the submission as 待人工核对 for the service centre. Contact details are what forms collect: not findings.
import { describe, expect, it } from 'vitest'
import { CONSULTATION_PATH } from '../../contracts/forms/consultation.ts'
import type { SubmissionRefused } from '../../contracts/forms/publicForm.ts'
import { portalPost } from '../support/portal.ts'
import { restAs } from '../support/rest.ts'

const question = (text: string, extra: Record<string, unknown> = {}) => ({
  subject: '咨询东南亚市场准入',
  topic: 'market',
  question: text,
  company: '上海海桥贸易有限公司',
  contactName: '张伟',
  contactPhone: '13812345678',
  consent: 'yes',
  ...extra,
})
/** Each test is its own visitor, so the per-visitor limit of other tests does not touch it. */
const submit = (visitor: string, body: Record<string, unknown>) =>
  portalPost(CONSULTATION_PATH, body, { visitor })

async function count(): Promise<number> {
  const service = await restAs('service@haiqiao.local')
  return ((await (await service.get('/consultations?limit=0')).json()) as { totalDocs: number })
    .totalDocs
}

describe('公众提交的表单内容检查', () => {
  it('含“禁止”级别内容的提交被拒绝，说明哪一栏有问题，且不留下任何记录', async () => {
    const before = await count()
    const res = await submit(
      '198.51.100.31',
      question('我们想了解中华人民共合国企业在越南投资的政策。'),
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as SubmissionRefused
    expect(body.error).toEqual({
      code: 'invalid_input',
      message: '“问题描述”中含有不能提交的内容“中华人民共合国”，请修改后再提交',
      fields: { question: '“问题描述”中含有不能提交的内容“中华人民共合国”，请修改后再提交' },
    })
    expect(await count()).toBe(before)
  })

  it('其他可疑内容照常受理，标记为“待人工核对”，服务人员看得到检查发现', async () => {
    const res = await submit(
      '198.51.100.32',
      question('请问攻府对企业赴越南设厂有哪些支持？', {
        status: 'answered',
        safetyFlag: 'clean',
        reply: '访客自己写的答复',
      }),
    )
    expect(res.status, await res.clone().text()).toBe(201)
    const { id } = (await res.json()) as { id: string }

    const service = await restAs('service@haiqiao.local')
    const saved = (await (await service.get(`/consultations/${id}`)).json()) as Record<
      string,
      unknown
    >
    // What only staff may set was not taken from the visitor.
    expect(saved).toMatchObject({
      status: 'pending',
      safetyFlag: 'flagged',
      contactName: '张****',
      contactPhone: '138****5678',
    })
    expect(saved.reply ?? null).toBeNull()
    expect(saved.safetyNotes).toContain('“问题描述”第 3 字“攻府”（应为“政府”）')

    // The service centre can list what needs a look.
    const flagged = (await (
      await service.get(`/consultations?where[safetyFlag][equals]=flagged&where[id][equals]=${id}`)
    ).json()) as { totalDocs: number }
    expect(flagged.totalDocs).toBe(1)
    // Visitors and other staff cannot read submissions.
    expect((await (await restAs()).get(`/consultations/${id}`)).status).toBe(403)
    expect((await (await restAs('editor@haiqiao.local')).get(`/consultations/${id}`)).status).toBe(
      403,
    )
  })

  it('没有问题的提交标记为“未发现问题”；留言中的联系方式不算问题', async () => {
    const res = await submit(
      '198.51.100.33',
      question(
        '我司计划在马来西亚设立海外仓，请问需要办理哪些境外投资备案手续？方便时请致电 13912345678。',
      ),
    )
    expect(res.status, await res.clone().text()).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const saved = (await (
      await (await restAs('service@haiqiao.local')).get(`/consultations/${id}`)
    ).json()) as Record<string, unknown>
    expect(saved.safetyFlag).toBe('clean')
    expect(saved.safetyNotes ?? null).toBeNull()
  })

  it('必填项缺失或内容不对时逐栏给出中文说明', async () => {
    for (const body of [
      { subject: '没有写问题', topic: 'policy' },
      {
        ...question('我司计划在马来西亚设立海外仓。'),
        question: null,
        country: 'not-a-uuid',
        contactPhone: 12345,
      },
    ]) {
      const res = await submit('198.51.100.34', body)
      expect(res.status).toBe(400)
      const { error } = (await res.json()) as SubmissionRefused
      expect(error.fields?.question).toBe('请填写问题描述')
    }
    const wrong = await submit('198.51.100.34', {
      ...question('我司计划在马来西亚设立海外仓，请问需要办理哪些手续？'),
      country: 'not-a-uuid',
      contactPhone: 12345,
    })
    expect(((await wrong.json()) as SubmissionRefused).error.fields).toEqual({
      country: '请从列表中选择国家或地区',
      contactPhone: '请填写联系电话',
    })
  })
})
