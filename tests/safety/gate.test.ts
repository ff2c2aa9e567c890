// The content check where editors and reviewers meet it, over the running CMS:
//   - the check of a document (saved or being edited) names the field and the position of each finding;
//   - a block-level finding stops submission with a clear Chinese message; fixing it lets the document through;
//   - a review-level finding stops a reviewer's step until they confirm it, and the confirmation is audited;
//   - a scheduled publication is checked again when it runs;
//   - an editor can mark a suspected typo as not an error on a document, and it stays accepted;
//   - the dictionary is imported (txt, csv, xlsx; a bad line refuses the whole file) and exported.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../../cms/seed/lexical.ts'
import { runDueSchedules } from '../../plugins/review-workflow/index.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

let editor: Rest
let reviewer: Rest
let secadmin: Rest

beforeAll(async () => {
  ;[editor, reviewer, secadmin] = await Promise.all([
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
    restAs('secadmin@haiqiao.local'),
  ])
})
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

const upload = (
  rest: Rest,
  filename: string,
  content: Buffer,
  extra: Record<string, unknown> = {},
) =>
  rest.post('/content-safety/import', { filename, content: content.toString('base64'), ...extra })

async function entry(word: string): Promise<Record<string, unknown> | undefined> {
  const res = await secadmin.get(
    `/sensitive-words?where[word][equals]=${encodeURIComponent(word)}&limit=1`,
  )
  return ((await res.json()) as { docs: Record<string, unknown>[] }).docs[0]
}

describe('词库导入导出', () => {
  it('txt 导入：每行一词，未写类型按所选类型；再次导入只更新有变化的词条', async () => {
    const text =
      '# 本单位补充词库\n导入测试词甲\n导入测试词乙\t错别字\t常见错误\t审核\t导入测试词丙\n'
    const first = await upload(secadmin, '本单位词库.txt', Buffer.from(text), { listType: 'word' })
    expect(first.status, await first.clone().text()).toBe(200)
    expect(await first.json()).toEqual({ created: 2, updated: 0, unchanged: 0 })
    expect(await entry('导入测试词乙')).toMatchObject({
      listType: 'typo',
      category: '常见错误',
      level: 'review',
      replacement: '导入测试词丙',
      source: expect.stringContaining('本单位词库.txt'),
    })
    const again = await upload(
      secadmin,
      '本单位词库.txt',
      Buffer.from(text.replace('常见错误', '常见错误（修订）')),
      { listType: 'word' },
    )
    expect(await again.json()).toEqual({ created: 0, updated: 1, unchanged: 1 })
  })

  it('csv 与 xlsx 导入（中文表头）；有一行出错则整个文件不导入，并指出行号', async () => {
    const csv =
      '\uFEFF词语,类型,类别,级别,建议替换,说明\n导入测试表述甲,过时表述,机构改革,审核,导入测试表述乙,2018年更名\n导入测试保护词,保护词,国名,,,\n'
    expect(await (await upload(secadmin, 'list.csv', Buffer.from(csv))).json()).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    })
    expect(await entry('导入测试保护词')).toMatchObject({ listType: 'protected', level: 'block' })

    const xlsx = async (rows: string[][]) => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('词库')
      for (const row of [['词语', '类型', '级别', '拼音'], ...rows]) sheet.addRow(row)
      return Buffer.from(await workbook.xlsx.writeBuffer())
    }
    const bad = await upload(
      secadmin,
      'list.xlsx',
      await xlsx([
        ['导入测试表格词', '敏感词', '禁止'],
        ['导入测试坏行', '不存在的类型', '禁止'],
        ['', '敏感词', '提示'],
        ['导入测试拼音词', '敏感词', '审核', '也许'],
      ]),
    )
    expect(bad.status).toBe(400)
    const message = ((await bad.json()) as { error: { message: string } }).error.message
    expect(message).toContain('未导入任何词条')
    expect(message).toContain('第 3 行：类型“不存在的类型”无效')
    expect(message).toContain('第 4 行：词语为空')
    expect(message).toContain('第 5 行：拼音一栏只能填“是”或“否”')
    expect(await entry('导入测试表格词')).toBeUndefined()

    const good = await upload(
      secadmin,
      'list.xlsx',
      await xlsx([
        ['导入测试表格词', '敏感词', '禁止'],
        ['导入测试拼音词', '敏感词', '审核', '是'],
      ]),
    )
    expect(await good.json()).toEqual({ created: 2, updated: 0, unchanged: 0 })
    expect(await entry('导入测试表格词')).toMatchObject({
      listType: 'word',
      level: 'block',
      pinyin: false,
    })
    expect(await entry('导入测试拼音词')).toMatchObject({
      listType: 'word',
      level: 'review',
      pinyin: true,
    })
    // The pinyin and initials of an entry marked so are found too.
    const res = await editor.post('/content-safety/check', {
      text: '有人写成 daoru ceshi pinyinci，或者 DRCSPYC。',
    })
    const { findings } = (await res.json()) as {
      findings: { word: string; found: string; message: string }[]
    }
    expect(findings.map((f) => [f.word, f.found])).toEqual([
      ['导入测试拼音词', 'daoru ceshi pinyinci'],
      ['导入测试拼音词', 'DRCSPYC'],
    ])
    expect(findings[0]!.message).toBe(
      '“daoru ceshi pinyinci”是敏感词“导入测试拼音词”的拼音写法（未分类）',
    )
  })

  it('只有安全管理员能导入；不支持的文件给出中文说明', async () => {
    expect((await upload(editor, 'a.txt', Buffer.from('词'))).status).toBe(403)
    const pdf = await upload(secadmin, 'a.pdf', Buffer.from('%PDF'))
    expect(pdf.status).toBe(400)
    expect(((await pdf.json()) as { error: { message: string } }).error.message).toContain(
      '只支持 .txt、.csv 和 .xlsx 文件',
    )
  })

  it('导出 xlsx、csv、txt，导出的文件可以原样再导入', async () => {
    const xlsx = await secadmin.get('/content-safety/export?format=xlsx&listType=protected')
    expect(xlsx.status).toBe(200)
    expect(decodeURIComponent(xlsx.headers.get('content-disposition')!)).toContain(
      '内容安全词库-保护词-',
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never)
    const words = workbook.worksheets[0]!.getColumn(1).values.slice(2).map(String)
    expect(words).toContain('中华人民共和国')
    expect(words).toContain('导入测试保护词')

    const csv = Buffer.from(
      await (await editor.get('/content-safety/export?format=csv')).arrayBuffer(),
    )
    expect(csv.toString('utf8')).toContain(
      '导入测试表述甲,过时表述,机构改革,审核,导入测试表述乙,2018年更名',
    )
    expect(await (await upload(secadmin, 'roundtrip.csv', csv)).json()).toMatchObject({
      created: 0,
      updated: 0,
    })
    const txt = Buffer.from(
      await (await editor.get('/content-safety/export?format=txt&listType=typo')).arrayBuffer(),
    )
    expect(await (await upload(secadmin, 'roundtrip.txt', txt)).json()).toMatchObject({
      created: 0,
      updated: 0,
    })
    expect((await editor.get('/content-safety/export?format=pdf')).status).toBe(400)
  })
})
