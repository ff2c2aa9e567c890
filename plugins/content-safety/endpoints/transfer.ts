// Bulk import and export of the dictionary (module 23), as txt, csv or xlsx (exceljs for both tables).
//   POST /api/content-safety/import  { filename, content (base64), kind?, source? }   managers only
//   GET  /api/content-safety/export?format=xlsx|csv|txt&kind=<kind>                   anyone who may read
// Export is for whoever may read the dictionary (forReaders), import for whoever may manage it.
// Columns: 词语, 类型, 类别, 级别, 建议替换, 说明, 来源, 拼音 (English headers word, kind, … also read; 拼音 是/否:
// match the word's pinyin and initials too). A txt file
// has one entry per line, columns separated by tabs, lines starting with # ignored. An import is checked as
// a whole first: one bad line refuses the file, with the line numbers, and nothing is written. Entries are
// matched by word: new ones are added, changed ones updated (a new version each), the rest left alone.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { inTransaction } from '../../../cms/lib/db/sql.ts'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import { cleanText, cutText } from '../../../contracts/text/index.ts'
import { WORDS } from '../utilities/dictionary.ts'
import { forReaders } from './check.ts'
import type { ResolvedOptions } from '../types.ts'
import {
  DEFAULT_LEVEL,
  KIND_NAMES,
  LEVEL_NAMES,
  type EntryKind,
  type Level,
} from '../engine/terms.ts'

type Row = {
  word: string
  kind: EntryKind
  category: string | null
  level: Level | null
  replacement: string | null
  note: string | null
  source: string | null
  pinyin: boolean
}

const COLUMNS = [
  { key: 'word', zh: '词语' },
  { key: 'kind', zh: '类型' },
  { key: 'category', zh: '类别' },
  { key: 'level', zh: '级别' },
  { key: 'replacement', zh: '建议替换' },
  { key: 'note', zh: '说明' },
  { key: 'source', zh: '来源' },
  { key: 'pinyin', zh: '拼音' },
] as const

const YES = new Set(['是', 'y', 'yes', 'true', '1'])
const NO = new Set(['', '否', 'n', 'no', 'false', '0'])

/** A kind or level as written in a file: its Chinese name or its code (已不在任人员 is read too). */
const KIND_OF = new Map<string, EntryKind>([
  ...Object.entries(KIND_NAMES).flatMap(
    ([kind, name]) =>
      [
        [kind, kind],
        [name, kind],
      ] as [string, EntryKind][],
  ),
  ['已不在任人员', 'retired'],
])
const LEVEL_OF = new Map<string, Level>(
  Object.entries(LEVEL_NAMES).flatMap(
    ([level, name]) =>
      [
        [level, level],
        [name, level],
      ] as [string, Level][],
  ),
)

const MAX_FILE = 5 * 1024 * 1024
const MAX_ROWS = 100_000

const importInput = z.object({
  filename: z.string({ error: '请提供文件名 filename' }).min(1, '请提供文件名 filename').max(200),
  content: z
    .string({ error: '请提供文件内容 content（base64）' })
    .min(1, '文件是空的')
    .max(Math.ceil((MAX_FILE * 4) / 3) + 4, '文件不能超过 5 MB'),
  kind: z.string().optional(),
  source: z.string().max(200).optional(),
})

/** Table cells of a txt, csv or xlsx file, one array per line. */
async function cellsOf(filename: string, data: Buffer): Promise<string[][]> {
  const extension = filename.toLowerCase().split('.').pop()
  if (extension === 'txt') {
    return data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => (line.trim().startsWith('#') ? [] : line.split('\t')))
  }
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (extension === 'csv')
    sheet = await workbook.csv.read(Readable.from([data.toString('utf8').replace(/^\uFEFF/, '')]))
  else if (extension === 'xlsx') {
    await workbook.xlsx.load(data as never)
    sheet = workbook.worksheets[0]
  } else throw new Error('只支持 .txt、.csv 和 .xlsx 文件')
  const rows: string[][] = []
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map((cell) => cellText(cell))
    rows[number - 1] = values
  })
  return Array.from(rows, (row) => row ?? [])
}

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'object' && 'richText' in (cell as object))
    return (cell as { richText: { text: string }[] }).richText.map((part) => part.text).join('')
  if (typeof cell === 'object' && 'text' in (cell as object))
    return String((cell as { text: unknown }).text)
  return String(cell)
}

/** Rows of the file, or the problems (by line number) that refuse it. */
function rowsOf(
  cells: string[][],
  defaults: { kind: EntryKind; source: string },
): { rows: Row[]; problems: string[] } {
  const first = (cells.find((line) => line.some((cell) => cell.trim())) ?? []).map((cell) =>
    cell.trim().toLowerCase(),
  )
  const headed = first.includes('词语') || first.includes('word')
  const at = (name: (typeof COLUMNS)[number]) =>
    headed
      ? first.findIndex((cell) => cell === name.zh || cell === name.key)
      : COLUMNS.indexOf(name)
  const index = Object.fromEntries(COLUMNS.map((column) => [column.key, at(column)])) as Record<
    (typeof COLUMNS)[number]['key'],
    number
  >
  const rows: Row[] = []
  const problems: string[] = []
  const seen = new Map<string, number>()
  let headerSkipped = !headed
  cells.forEach((line, i) => {
    const cell = (key: keyof typeof index) =>
      index[key] >= 0 ? (line[index[key]] ?? '').trim() : ''
    if (!line.some((c) => c.trim())) return
    if (!headerSkipped) {
      headerSkipped = true
      return
    }
    const number = i + 1
    const word = cell('word')
    const kindText = cell('kind')
    const kind = kindText ? (KIND_OF.get(kindText) ?? null) : defaults.kind
    const levelText = cell('level')
    const level = levelText ? (LEVEL_OF.get(levelText) ?? null) : null
    if (!word) problems.push(`第 ${number} 行：词语为空`)
    else if (word.length > 50)
      problems.push(`第 ${number} 行：词语“${cutText(word, 21)}”超过 50 个字`)
    else if (seen.has(word))
      problems.push(`第 ${number} 行：词语“${word}”与第 ${seen.get(word)} 行重复`)
    if (!kind)
      problems.push(
        `第 ${number} 行：类型“${kindText}”无效（可用：${Object.values(KIND_NAMES).join('、')}）`,
      )
    if (levelText && !level)
      problems.push(`第 ${number} 行：级别“${levelText}”无效（可用：禁止、审核、提示）`)
    const pinyinText = cell('pinyin').toLowerCase()
    if (!YES.has(pinyinText) && !NO.has(pinyinText))
      problems.push(`第 ${number} 行：拼音一栏只能填“是”或“否”`)
    if (word) seen.set(word, number)
    if (word && kind && (level || !levelText)) {
      rows.push({
        word,
        kind,
        level:
          kind === 'allow' ? null : kind === 'protected' ? 'block' : (level ?? DEFAULT_LEVEL[kind]),
        category: cell('category') || null,
        replacement: cell('replacement') || null,
        note: cell('note') || null,
        source: cell('source') || defaults.source,
        pinyin: kind === 'word' && YES.has(pinyinText),
      })
    }
  })
  if (rows.length > MAX_ROWS) problems.push(`一次最多导入 ${MAX_ROWS} 条`)
  if (!rows.length && !problems.length) problems.push('文件中没有词条')
  return { rows, problems }
}

const same = (a: Record<string, unknown>, b: Row) =>
  (['kind', 'category', 'level', 'replacement', 'note'] as const).every(
    (key) => (a[key] ?? null) === (b[key] ?? null),
  ) && Boolean(a.pinyin) === b.pinyin

async function importRows(
  req: PayloadRequest,
  rows: Row[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  return inTransaction(req, async () => {
    const { docs } = await req.payload.find({
      collection: WORDS as 'sensitive-words',
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const existing = new Map(
      (docs as unknown as (Record<string, unknown> & { id: string; word: string })[]).map((doc) => [
        doc.word,
        doc,
      ]),
    )
    const counts = { created: 0, updated: 0, unchanged: 0 }
    for (const row of rows) {
      const current = existing.get(row.word)
      if (!current) {
        await req.payload.create({
          collection: WORDS as 'sensitive-words',
          data: row as never,
          req,
          overrideAccess: true,
        })
        counts.created++
      } else if (!same(current, row)) {
        await req.payload.update({
          collection: WORDS as 'sensitive-words',
          id: current.id,
          data: row as never,
          req,
          overrideAccess: true,
        })
        counts.updated++
      } else counts.unchanged++
    }
    return counts
  })
}

async function exportFile(
  req: PayloadRequest,
  format: string,
  kind: string | null,
): Promise<Response> {
  const { docs } = await req.payload.find({
    collection: WORDS as 'sensitive-words',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
    sort: 'word',
    where: kind ? { kind: { equals: kind } } : undefined,
  })
  const rows = docs as unknown as Row[]
  const stamp = new Date().toISOString().slice(0, 10)
  const name = `内容安全词库-${kind ? KIND_NAMES[kind as EntryKind] : '全部'}-${stamp}.${format}`
  const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(name)}`
  // Cells as every emitted text (contracts/text): a control character would corrupt the xlsx's XML.
  const line = (row: Row) =>
    [
      row.word,
      KIND_NAMES[row.kind],
      row.category ?? '',
      row.level ? LEVEL_NAMES[row.level] : '',
      row.replacement ?? '',
      row.note ?? '',
      row.source ?? '',
      row.pinyin ? '是' : '',
    ].map((cell) => cleanText(cell))
  if (format === 'txt') {
    const text =
      [
        '# ' + COLUMNS.map((c) => c.zh).join('\t'),
        ...rows.map((row) =>
          line(row)
            .map((v) => v.replace(/[\t\r\n]+/g, ' '))
            .join('\t'),
        ),
      ].join('\n') + '\n'
    return new Response(text, {
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': disposition },
    })
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('词库')
  sheet.addRow(COLUMNS.map((c) => c.zh))
  for (const row of rows) sheet.addRow(line(row))
  if (format === 'csv') {
    const body = Buffer.concat([
      Buffer.from('\uFEFF'),
      Buffer.from(await workbook.csv.writeBuffer()),
    ])
    return new Response(body, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition },
    })
  }
  sheet.columns.forEach(
    (column, i) => (column.width = i === 0 || i === 4 ? 24 : i === 5 || i === 6 ? 40 : 12),
  )
  return new Response(Buffer.from(await workbook.xlsx.writeBuffer()), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': disposition,
    },
  })
}

export function transferEndpoints(options: ResolvedOptions): Endpoint[] {
  return [
    {
      path: '/content-safety/import',
      method: 'post',
      handler: async (req) => {
        if (!req.user) return problem(401, 'unauthenticated', '请先登录')
        if ((await options.manage({ req })) !== true)
          return problem(403, 'forbidden', '只有安全管理员可以导入词库')
        const input = await parseBody(req, importInput, {
          maxBytes: Math.ceil((MAX_FILE * 4) / 3) + 64 * 1024,
          sizeNote: '文件不能超过 5 MB',
        })
        if (input instanceof Response) return input
        const kind = (input.kind ?? 'word') as EntryKind
        if (!Object.hasOwn(KIND_NAMES, kind))
          return problem(400, 'invalid_kind', `默认类型“${kind}”无效`)
        let cells: string[][]
        try {
          cells = await cellsOf(input.filename, Buffer.from(input.content, 'base64'))
        } catch (error) {
          return problem(
            400,
            'unreadable_file',
            error instanceof Error && /只支持/.test(error.message)
              ? error.message
              : '无法读取文件：请确认是 UTF-8 编码的 txt/csv，或 Excel 的 xlsx 文件',
          )
        }
        const source =
          input.source?.trim() ||
          `导入：${input.filename}（${new Date().toISOString().slice(0, 10)}）`
        const { rows, problems } = rowsOf(cells, { kind, source })
        if (problems.length) {
          return Response.json(
            {
              error: {
                code: 'invalid_rows',
                message: `文件有 ${problems.length} 处问题，未导入任何词条：${problems.slice(0, 5).join('；')}${problems.length > 5 ? '……' : ''}`,
                details: problems.slice(0, 100),
              },
            },
            { status: 400 },
          )
        }
        return Response.json(await importRows(req, rows))
      },
    },
    {
      path: '/content-safety/export',
      method: 'get',
      handler: forReaders(options, async (req) => {
        const url = new URL(req.url ?? '', 'http://localhost')
        const format = url.searchParams.get('format') ?? 'xlsx'
        const kind = url.searchParams.get('kind') || null
        if (!['xlsx', 'csv', 'txt'].includes(format))
          return problem(400, 'invalid_format', '导出格式只能是 xlsx、csv 或 txt')
        if (kind && !Object.hasOwn(KIND_NAMES, kind))
          return problem(400, 'invalid_kind', `类型“${kind}”无效`)
        return exportFile(req, format, kind)
      }),
    },
  ]
}
