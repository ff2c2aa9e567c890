// Text of a PDF (pdf.js through unpdf), page by page, up to the page cap and the time limit.
import { getDocumentProxy } from 'unpdf'
import type { Extracted } from './types.ts'
import { deadline, type ExtractionLimits } from './limits.ts'

type TextItem = { str?: string; hasEOL?: boolean }

export async function pdfText(data: Buffer, limits: ExtractionLimits): Promise<Extracted> {
  const clock = deadline(limits.timeoutMs)
  // pdf.js takes ownership of the bytes it is given: a copy, so the upload's buffer stays intact.
  const pdf = await getDocumentProxy(new Uint8Array(data), { stopAtErrors: false, verbosity: 0 })
  try {
    const pages: string[] = []
    const last = Math.min(pdf.numPages, limits.maxPages)
    let note: string | null =
      pdf.numPages > last ? `共 ${pdf.numPages} 页，只读取了前 ${last} 页` : null
    for (let number = 1; number <= last; number++) {
      if (clock.passed()) {
        note = `读取超时，只读取了前 ${number - 1} 页`
        break
      }
      const page = await pdf.getPage(number)
      const { items } = await page.getTextContent()
      pages.push(
        (items as TextItem[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''),
      )
      page.cleanup()
    }
    const text = pages.join('\n\n')
    if (!note && !text.trim()) note = '没有可读取的文字（可能是扫描件或图片）'
    return { text, note }
  } finally {
    await pdf.loadingTask.destroy()
  }
}
