// Reading the text of an attached document (pdf, docx, xlsx, txt, csv), for the content check: bounded by
// EXTRACTION_LIMITS, and never throwing — a file that cannot be read gives empty text and a note that says
// why, so the reviewer is told to look at the file itself.
import { EXTRACTION_LIMITS, ExtractionStopped, type ExtractionLimits } from './limits.ts'
import { pdfText } from './pdf.ts'
import { plainText } from './plainText.ts'
import { spreadsheetText } from './spreadsheet.ts'
import type { Extracted } from './types.ts'
import { wordDocumentText } from './wordDocument.ts'
import { checkZip } from './zipGuard.ts'

export type { Extracted } from './types.ts'
export { EXTRACTION_LIMITS, type ExtractionLimits } from './limits.ts'

const READERS: Record<
  string,
  { label: string; read: (data: Buffer, limits: ExtractionLimits) => Promise<Extracted> }
> = {
  pdf: { label: 'PDF 文档', read: pdfText },
  docx: {
    label: 'Word 文档',
    read: (data, limits) => (checkZip(data, limits), wordDocumentText(data)),
  },
  xlsx: {
    label: 'Excel 表格',
    read: (data, limits) => (checkZip(data, limits), spreadsheetText(data, limits)),
  },
  txt: { label: '文本文件', read: async (data) => plainText(data) },
  csv: { label: 'CSV 表格', read: async (data) => plainText(data) },
}

const extensionOf = (filename: string) => filename.toLowerCase().split('.').pop() ?? ''

/** Does a file of this name have text to read? */
export const hasText = (filename: string) => extensionOf(filename) in READERS

/** The text of the file, or null when files of its kind (images, video) have none. */
export async function extractText(
  filename: string,
  data: Buffer,
  limits: ExtractionLimits = EXTRACTION_LIMITS,
): Promise<Extracted | null> {
  const reader = READERS[extensionOf(filename)]
  if (!reader) return null
  if (data.length > limits.maxBytes)
    return { text: '', note: `文件超过 ${limits.maxBytes / 1024 / 1024} MB，未读取文字` }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Extracted>((resolve) => {
    timer = setTimeout(
      () => resolve({ text: '', note: `读取超时（${limits.timeoutMs / 1000} 秒），未读取文字` }),
      limits.timeoutMs,
    )
  })
  try {
    const { text, note } = await Promise.race([reader.read(data, limits), timeout])
    if (text.length <= limits.maxChars) return { text, note }
    // Cut at a character boundary: never half of a surrogate pair (𠮷).
    const end = /[\uD800-\uDBFF]/.test(text[limits.maxChars - 1] ?? '')
      ? limits.maxChars - 1
      : limits.maxChars
    return {
      text: text.slice(0, end),
      note: note ?? `文字超过 ${limits.maxChars} 字，只检查了前 ${limits.maxChars} 字`,
    }
  } catch (error) {
    const reason =
      error instanceof ExtractionStopped ? error.message : `文件已损坏或不是有效的${reader.label}`
    return { text: '', note: `${reason}，未能读取文字` }
  } finally {
    clearTimeout(timer)
  }
}
