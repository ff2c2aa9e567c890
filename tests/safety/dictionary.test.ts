// The content-safety dictionary's import and export, over the running CMS: txt, csv and xlsx with Chinese
// headers (a bad line refuses the whole file and names its line), only the security admin imports, and
// what is exported (xlsx, csv, txt) imports again unchanged.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Rest } from '../support/rest.ts'
import { staffSessions } from '../support/staffSessions.ts'

const { editor, secadmin } = await staffSessions()

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
      for (const row of [['词语', '类型', '级别', '拼音', '同音'], ...rows]) sheet.addRow(row)
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
        ['导入测试同音词', '敏感词', '禁止', '', '也许'],
      ]),
    )
    expect(bad.status).toBe(400)
    const message = ((await bad.json()) as { error: { message: string } }).error.message
    expect(message).toContain('未导入任何词条')
    expect(message).toContain('第 3 行：类型“不存在的类型”无效')
    expect(message).toContain('第 4 行：词语为空')
    expect(message).toContain('第 5 行：拼音一栏只能填“是”或“否”')
    expect(message).toContain('第 6 行：同音一栏只能填“是”或“否”')
    expect(await entry('导入测试表格词')).toBeUndefined()

    const good = await upload(
      secadmin,
      'list.xlsx',
      await xlsx([
        ['导入测试表格词', '敏感词', '禁止'],
        ['导入测试拼音词', '敏感词', '审核', '是'],
        ['导入测试同音词', '敏感词', '禁止', '', '是'],
      ]),
    )
    expect(await good.json()).toEqual({ created: 3, updated: 0, unchanged: 0 })
    expect(await entry('导入测试表格词')).toMatchObject({
      listType: 'word',
      level: 'block',
      pinyin: false,
    })
    expect(await entry('导入测试拼音词')).toMatchObject({
      listType: 'word',
      level: 'review',
      pinyin: true,
      homophones: false,
    })
    expect(await entry('导入测试同音词')).toMatchObject({
      listType: 'word',
      level: 'block',
      pinyin: false,
      homophones: true,
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
    // The 同音 column, last: exported for the entry imported with it above.
    expect(csv.toString('utf8')).toMatch(/导入测试同音词,敏感词,,禁止,[^\n]*,,是\r?\n/)
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
