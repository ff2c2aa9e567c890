// Text of an xlsx workbook: each sheet under its name, one line per row, cells separated by tabs.
import ExcelJS from 'exceljs'
import type { Extracted } from './types.ts'
import { deadline, type ExtractionLimits } from './limits.ts'

export async function spreadsheetText(data: Buffer, limits: ExtractionLimits): Promise<Extracted> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  const clock = deadline(limits.timeoutMs)
  const lines: string[] = []
  let rows = 0
  let stopped: string | null = null
  for (const sheet of workbook.worksheets) {
    lines.push(`【${sheet.name}】`)
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (stopped) return
      if (++rows > limits.maxRows) stopped = `只读取了前 ${limits.maxRows} 行`
      else if (clock.passed()) stopped = `读取超时，只读取了前 ${rows - 1} 行`
      else lines.push(row.actualCellCount ? cellsOf(row).join('\t') : '')
    })
    if (stopped) break
  }
  return { text: lines.join('\n'), note: stopped }
}

function cellsOf(row: ExcelJS.Row): string[] {
  const cells: string[] = []
  row.eachCell({ includeEmpty: false }, (cell) => {
    cells.push(cell.text ?? '')
  })
  return cells
}
