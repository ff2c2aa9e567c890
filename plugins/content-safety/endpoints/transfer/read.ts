// Reading a dictionary file (format.ts) for import: its table cells, then its entries. A file is checked as a
// whole: every problem is reported by line number, and any problem refuses the file.
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { cutText } from '../../../../contracts/text/index.ts'
import { DEFAULT_LEVEL, LIST_TYPE_NAMES, type ListType } from '../../engine/terms.ts'
import {
  COLUMNS,
  LIST_TYPE_OF,
  LEVEL_OF,
  MAX_ROWS,
  NO,
  YES,
  type ColumnKey,
  type Row,
} from './format.ts'

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'object' && 'richText' in (cell as object))
    return (cell as { richText: { text: string }[] }).richText.map((part) => part.text).join('')
  if (typeof cell === 'object' && 'text' in (cell as object))
    return String((cell as { text: unknown }).text)
  return String(cell)
}

/** Table cells of a txt, csv or xlsx file, one array per line; throws `只支持 …` for another extension. */
export async function cellsOf(filename: string, data: Buffer): Promise<string[][]> {
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

/** Where each column is: by the header line when the first non-empty line is one, else in COLUMNS' order. */
function columnsOf(cells: string[][]): { headed: boolean; index: Record<ColumnKey, number> } {
  const first = (cells.find((line) => line.some((cell) => cell.trim())) ?? []).map((cell) =>
    cell.trim().toLowerCase(),
  )
  const headed = first.includes('词语') || first.includes('word')
  const at = (name: (typeof COLUMNS)[number]) =>
    headed
      ? first.findIndex((cell) => cell === name.zh || cell === name.key)
      : COLUMNS.indexOf(name)
  const index = Object.fromEntries(COLUMNS.map((column) => [column.key, at(column)]))
  return { headed, index: index as Record<ColumnKey, number> }
}

type Defaults = { listType: ListType; source: string }

/** One line (numbered from 1) as an entry, with its problems; `seen`: words of earlier lines, by line. */
function rowOf(
  cell: (key: ColumnKey) => string,
  number: number,
  defaults: Defaults,
  seen: Map<string, number>,
): { row: Row | null; problems: string[] } {
  const problems: string[] = []
  const word = cell('word')
  const typeText = cell('listType')
  const listType = typeText ? (LIST_TYPE_OF.get(typeText) ?? null) : defaults.listType
  const levelText = cell('level')
  const level = levelText ? (LEVEL_OF.get(levelText) ?? null) : null
  if (!word) problems.push(`第 ${number} 行：词语为空`)
  else if (word.length > 50)
    problems.push(`第 ${number} 行：词语“${cutText(word, 21)}”超过 50 个字`)
  else if (seen.has(word))
    problems.push(`第 ${number} 行：词语“${word}”与第 ${seen.get(word)} 行重复`)
  if (!listType)
    problems.push(
      `第 ${number} 行：类型“${typeText}”无效（可用：${Object.values(LIST_TYPE_NAMES).join('、')}）`,
    )
  if (levelText && !level)
    problems.push(`第 ${number} 行：级别“${levelText}”无效（可用：禁止、审核、提示）`)
  const pinyinText = cell('pinyin').toLowerCase()
  if (!YES.has(pinyinText) && !NO.has(pinyinText))
    problems.push(`第 ${number} 行：拼音一栏只能填“是”或“否”`)
  const homophonesText = cell('homophones').toLowerCase()
  if (!YES.has(homophonesText) && !NO.has(homophonesText))
    problems.push(`第 ${number} 行：同音一栏只能填“是”或“否”`)
  if (word) seen.set(word, number)
  if (!word || !listType || (levelText && !level)) return { row: null, problems }
  const row: Row = {
    word,
    listType,
    level:
      listType === 'allow'
        ? null
        : listType === 'protected'
          ? 'block'
          : (level ?? DEFAULT_LEVEL[listType]),
    category: cell('category') || null,
    replacement: cell('replacement') || null,
    note: cell('note') || null,
    source: cell('source') || defaults.source,
    pinyin: listType === 'word' && YES.has(pinyinText),
    homophones: listType === 'word' && YES.has(homophonesText),
  }
  return { row, problems }
}

/** Entries of the file, or the problems (by line number) that refuse it. */
export function rowsOf(cells: string[][], defaults: Defaults): { rows: Row[]; problems: string[] } {
  const { headed, index } = columnsOf(cells)
  const rows: Row[] = []
  const problems: string[] = []
  const seen = new Map<string, number>()
  let headerSkipped = !headed
  cells.forEach((line, i) => {
    if (!line.some((c) => c.trim())) return
    if (!headerSkipped) {
      headerSkipped = true
      return
    }
    const cell = (key: ColumnKey) => (index[key] >= 0 ? (line[index[key]] ?? '').trim() : '')
    const found = rowOf(cell, i + 1, defaults, seen)
    problems.push(...found.problems)
    if (found.row) rows.push(found.row)
  })
  if (rows.length > MAX_ROWS) problems.push(`一次最多导入 ${MAX_ROWS} 条`)
  if (!rows.length && !problems.length) problems.push('文件中没有词条')
  return { rows, problems }
}
