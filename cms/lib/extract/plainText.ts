// Text of a txt or csv file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK files from
// Windows), the encodings Chinese office files come in.
import type { Extracted } from './types.ts'

export function plainText(data: Buffer): Extracted {
  if (data[0] === 0xff && data[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), note: null }
  if (data[0] === 0xfe && data[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), note: null }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data),
      note: null,
    }
  } catch {
    return { text: new TextDecoder('gb18030').decode(data), note: null }
  }
}
