// Patterns that need no dictionary (module 23): secrecy markings (绝密★, 机密★10年, 秘密), and personal
// data that must not be published — resident ID numbers with a valid check digit, mobile numbers.
import { validIdNumber } from '../../../contracts/personalData.ts'

export type Detection = {
  kind: 'secret' | 'idNumber' | 'mobile'
  offset: number
  length: number
  found: string
}

// A classification level followed by the star (★/☆/*), optionally a period: 秘密★, 机密★10年, 绝密 ★ 长期.
const SECRECY = /(绝密|机密|秘密)\s*[★☆*＊]\s*(\d+\s*[年月]|长期)?/gu
// 18-character resident ID numbers and 11-digit mobile numbers, not inside a longer run of digits.
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/gu
const MOBILE = /(?<![0-9])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9])/gu

export function detect(text: string): Detection[] {
  const out: Detection[] = []
  for (const m of text.matchAll(SECRECY))
    out.push({ kind: 'secret', offset: m.index, length: m[0].length, found: m[0] })
  for (const m of text.matchAll(ID_NUMBER)) {
    if (validIdNumber(m[0].toUpperCase()))
      out.push({ kind: 'idNumber', offset: m.index, length: m[0].length, found: m[0] })
  }
  for (const m of text.matchAll(MOBILE))
    out.push({ kind: 'mobile', offset: m.index, length: m[0].length, found: m[0] })
  return out
}
