// The content check where editors and reviewers meet it, over the running CMS:
//   - the check of a document (saved or being edited) names the field and the position of each finding;
//   - a block-level finding stops submission with a clear Chinese message; fixing it lets the document through;
//   - a review-level finding stops a reviewer's step until they confirm it, and the confirmation is audited;
//   - a scheduled publication is checked again when it runs;
//   - an editor can mark a suspected typo as not an error on a document, and it stays accepted.
// The dictionary's import and export: dictionary.test.ts.
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'
import { richText } from '../../cms/seed/lexical.ts'
import { runDueSchedules } from '../../plugins/review-workflow/index.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { staffSessions } from '../support/staffSessions.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const { editor, reviewer, secadmin } = await staffSessions()
let payload: Payload | undefined
afterAll(async () => {
  if (payload) await closePayload(payload)
})

type Finding = {
  field: string
  fieldLabel: string
  rule: string
  level: string
  found: string
  suggestion?: string
  offset: number
  key: string
  accepted: boolean
  message: string
}

async function checkDocument(
  rest: Rest,
  body: unknown,
): Promise<{ status: number; findings: Finding[]; error?: string }> {
  const res = await rest.post('/content-safety/check-document', body)
  const answer = (await res.json()) as { findings?: Finding[]; error?: { message: string } }
  return { status: res.status, findings: answer.findings ?? [], error: answer.error?.message }
}

describe('编辑时的内容检查与发布前的拦截', () => {
  it('检查正在编辑的内容：结果标明字段和位置', async () => {
    const { status, findings } = await checkDocument(editor, {
      collection: 'articles',
      data: {
        title: '关于攻府网站建设的通知',
        summary: '由国家工商行政管理总局指导',
        body: richText(['第一段没有问题。', '第二段写错了中华人民共合国。']),
      },
    })
    expect(status).toBe(200)
    expect(findings.map((f) => [f.field, f.rule, f.level, f.found, f.offset])).toEqual([
      ['title', 'typo', 'review', '攻府', 2],
      ['summary', 'outdated', 'review', '国家工商行政管理总局', 1],
      // Rich text is checked as its plain text, blocks separated by a blank line.
      ['body', 'protected', 'block', '中华人民共合国', '第一段没有问题。\n\n第二段写错了'.length],
    ])
    expect(findings[2]!.fieldLabel).toBe('正文')
    const refused = await checkDocument(editor, { collection: 'audit-log', data: {} })
    expect(refused.status).toBe(400)
    expect(refused.error).toContain('不在内容检查范围内')
    expect((await checkDocument(await restAs(), { collection: 'articles', data: {} })).status).toBe(
      401,
    )
  })

  it('“禁止”级别的问题阻止提交审核，修改后即可提交', async () => {
    const id = await draftArticle('内容检查拦截测试', {
      body: richText(['本文件密级：秘密★，请勿外传。']),
    })
    const refused = await transition(editor, 'articles', id, 'submit')
    expect(refused.status).toBe(409)
    const answer = (await refused.json()) as {
      error: { code: string; message: string; details: { field: string; found: string }[] }
    }
    expect(answer.error.code).toBe('content_blocked')
    expect(answer.error.message).toMatch(
      /^内容检查发现 1 处禁止发布的问题，不能提交审核：“正文”第 \d+ 字“秘密★”/,
    )
    expect(answer.error.details.map((d) => [d.field, d.found])).toEqual([['body', '秘密★']])
    expect((await workflowView(editor, 'articles', id)).state!.key).toBe('draft')

    expect(
      (await editor.patch(`/articles/${id}?draft=true`, { body: richText(['本文件可以公开。']) }))
        .status,
    ).toBe(200)
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
  })

  it('“须审核确认”的问题：审核人须明确确认才能通过，确认记入审计日志', async () => {
    const id = await draftArticle('内容检查确认测试', {
      summary: '咨询电话 13912345678，由国土资源部指导。',
    })
    // The editor may submit: review-level findings are for the reviewers.
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    const refused = await transition(reviewer, 'articles', id, 'pass-first')
    expect(refused.status).toBe(409)
    const answer = (await refused.json()) as { error: { code: string; message: string } }
    expect(answer.error.code).toBe('content_review')
    expect(answer.error.message).toContain('2 处须审核人确认的问题')
    expect(answer.error.message).toContain('“国土资源部”（应为“自然资源部”）')
    expect(answer.error.message).not.toContain('13912345678')

    const { version } = await workflowView(reviewer, 'articles', id)
    const confirmed = await reviewer.post(`/articles/${id}/transition`, {
      transition: 'pass-first',
      version,
      override: true,
    })
    expect(confirmed.status, await confirmed.clone().text()).toBe(200)
    payload ??= await testPayload()
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ objectId: { equals: id } }, { event: { equals: 'content-safety.override' } }],
      },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
    const reason = (audit.docs[0] as { reason: string }).reason
    expect(reason).toContain('pass-first：审核人确认 2 处检查结果')
    expect(reason).toContain('国土资源部')
    expect(reason).not.toContain('13912345678')
  })

  it('定时签发到时再检查：安排之后词库新增的“禁止”词使发布不执行，并记录原因', async () => {
    const word = '定时检查测试用语'
    const id = await draftArticle('内容检查定时签发测试', { summary: `本文提到${word}。` })
    for (const [rest, key] of [
      [editor, 'submit'],
      [reviewer, 'pass-first'],
      [await restAs('reviewer2@haiqiao.local'), 'pass-second'],
    ] as const) {
      expect((await transition(rest, 'articles', id, key)).status).toBe(200)
    }
    const approver = await restAs('approver@haiqiao.local')
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await approver.post(`/articles/${id}/transition`, {
      transition: 'approve',
      version: (await workflowView(approver, 'articles', id)).version,
      at,
    })
    expect(scheduled.status, await scheduled.clone().text()).toBe(200)

    const added = await secadmin.post('/sensitive-words', {
      word,
      listType: 'word',
      category: '测试',
      level: 'block',
    })
    expect(added.status).toBe(201)
    payload ??= await testPayload()
    await runDueSchedules(payload, new Date(Date.now() + 2 * 3_600_000))
    const { docs } = await payload.find({
      collection: 'workflow-schedules',
      where: { documentId: { equals: id } },
      limit: 1,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({
      status: 'failed',
      result: expect.stringContaining(
        `内容检查发现 1 处禁止发布的问题，不能终审签发：“摘要”第 5 字“${word}”`,
      ),
    })
    expect((await (await restAs()).get(`/articles/${id}`)).status).toBe(404)
    expect(
      (
        await secadmin.del(
          `/sensitive-words/${((await added.json()) as { doc: { id: string } }).doc.id}`,
        )
      ).status,
    ).toBe(200)
  })

  it('编辑可把疑似错别字标为“不是错误”，本文档此后不再提示；敏感内容不能这样放行', async () => {
    const id = await draftArticle('内容检查确认错别字', {
      summary: '成交供应商对采购人提拱的临时账号要保密。',
      body: richText(['由国土资源部指导。']),
    })
    const before = await checkDocument(editor, {
      collection: 'articles',
      id,
      data: {
        summary: '成交供应商对采购人提拱的临时账号要保密。',
        body: richText(['由国土资源部指导。']),
      },
    })
    const typo = before.findings.find((f) => f.found === '提拱')!
    expect(typo).toMatchObject({
      rule: 'typo',
      level: 'notice',
      suggestion: '提供',
      accepted: false,
    })
    const outdated = before.findings.find((f) => f.rule === 'outdated')!

    expect(
      (await editor.post('/content-safety/accept', { collection: 'articles', id, key: typo.key }))
        .status,
    ).toBe(200)
    const refused = await editor.post('/content-safety/accept', {
      collection: 'articles',
      id,
      key: outdated.key,
    })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      '只有疑似错别字可以由编辑确认',
    )

    // Still accepted after another edit of the document.
    expect(
      (await editor.patch(`/articles/${id}?draft=true`, { title: '内容检查确认错别字（修改）' }))
        .status,
    ).toBe(200)
    const after = await checkDocument(editor, {
      collection: 'articles',
      id,
      data: { summary: '成交供应商对采购人提拱的临时账号要保密。' },
    })
    expect(after.findings.find((f) => f.found === '提拱')!.accepted).toBe(true)
    const other = await draftArticle('另一篇文档', {
      summary: '成交供应商对采购人提拱的临时账号要保密。',
    })
    const elsewhere = await checkDocument(editor, {
      collection: 'articles',
      id: other,
      data: { summary: '成交供应商对采购人提拱的临时账号要保密。' },
    })
    expect(elsewhere.findings.find((f) => f.found === '提拱')!.accepted).toBe(false)
  })
})
