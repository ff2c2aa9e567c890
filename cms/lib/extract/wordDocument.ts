// Text of a docx document (mammoth: paragraphs as lines, tables cell by cell).
import mammoth from 'mammoth'
import type { Extracted } from './types.ts'

export async function wordDocumentText(data: Buffer): Promise<Extracted> {
  const { value } = await mammoth.extractRawText({ buffer: data })
  return { text: value, note: null }
}
