// Writing the dictionary as a file (format.ts) for export: txt (tab-separated, the header as a # line), csv
// (UTF-8 with a byte-order mark, for Excel) or xlsx. Every cell is cleaned as all emitted text is
// (contracts/text): a control character would corrupt the xlsx's XML.
import ExcelJS from 'exceljs'
import { cleanText } from '../../../../contracts/text/index.ts'
import { LIST_TYPE_NAMES, LEVEL_NAMES } from '../../engine/terms.ts'
import { COLUMNS, type Row } from './format.ts'

export type FileFormat = 'xlsx' | 'csv' | 'txt'

const CONTENT_TYPES: Record<FileFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** An entry's cells, in COLUMNS' order, with the list type and level by their Chinese names. */
const cellsOf = (row: Row) =>
  [
    row.word,
    LIST_TYPE_NAMES[row.listType],
    row.category ?? '',
    row.level ? LEVEL_NAMES[row.level] : '',
    row.replacement ?? '',
    row.note ?? '',
    row.source ?? '',
    row.pinyin ? '是' : '',
    row.homophones ? '是' : '',
  ].map((cell) => cleanText(cell))

const textFile = (rows: Row[]) =>
  [
    '# ' + COLUMNS.map((c) => c.zh).join('\t'),
    ...rows.map((row) =>
      cellsOf(row)
        .map((v) => v.replace(/[\t\r\n]+/g, ' '))
        .join('\t'),
    ),
  ].join('\n') + '\n'

async function tableFile(rows: Row[], format: 'csv' | 'xlsx'): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('词库')
  sheet.addRow(COLUMNS.map((c) => c.zh))
  for (const row of rows) sheet.addRow(cellsOf(row))
  if (format === 'csv')
    return new Uint8Array(
      Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await workbook.csv.writeBuffer())]),
    )
  sheet.columns.forEach(
    (column, i) => (column.width = i === 0 || i === 4 ? 24 : i === 5 || i === 6 ? 40 : 12),
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** The entries as a file download named `name` (a Chinese name, sent RFC 5987-encoded). */
export async function fileResponse(rows: Row[], format: FileFormat, name: string) {
  const body = format === 'txt' ? textFile(rows) : await tableFile(rows, format)
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  })
}
