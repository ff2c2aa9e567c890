// Patterns that need no dictionary (module 23): secrecy markings (绝密★, 机密★10年, 秘密), and personal
// data that must not be published — resident ID numbers with a valid check digit, mobile numbers — found after
// folding digits (full-width １３９, circled and other compatibility forms, normalise.ts) and letting the digits
// be grouped by spaces or dashes (110105 19900307 2012, 139-1234-5678). `maskPersonal` masks every number
// found, so no excerpt of the text shows one in full.
import { normalTable } from './normalise.ts'
import { validIdNumber } from '../../../contracts/personalData.ts'

export type Detection = {
  kind: 'secret' | 'idNumber' | 'mobile'
  offset: number
  length: number
  found: string
  /** Personal data: the number alone (digits, X), without grouping or a +86 prefix. */
  value?: string
}

// A classification level followed by the star (★/☆/*), optionally a period: 秘密★, 机密★10年, 绝密 ★ 长期.
const SECRECY = /(绝密|机密|秘密)\s*[★☆*＊]\s*(\d+\s*[年月]|长期)?/gu
// One space or dash may group the digits anywhere (after folding; \s covers the ideographic space).
const SEP = '[\\s-]?'
// 18-character resident ID numbers and 11-digit mobile numbers, not inside a longer run of digits or letters.
const ID_NUMBER = new RegExp(`(?<![0-9A-Za-z])(?:\\d${SEP}){17}[\\dXx](?![0-9A-Za-z])`, 'gu')
const MOBILE = new RegExp(
  `(?<![0-9A-Za-z])(?:\\+?86${SEP})?1[3-9](?:${SEP}\\d){9}(?![0-9A-Za-z])`,
  'gu',
)
/** Dashes a number may be grouped with: ‐ ‑ ‒ – — ―, minus, small and full-width hyphen-minus. */
const isDash = (unit: number) =>
  (unit >= 0x2010 && unit <= 0x2015) ||
  unit === 0x2212 ||
  unit === 0xfe58 ||
  unit === 0xfe63 ||
  unit === 0xff0d

/** `text` unit for unit (offsets unchanged): digits and X folded to ASCII, dashes to '-' (the text itself when none differ). */
function foldDigits(text: string): string {
  const map = normalTable()
  let out: string[] | undefined
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    const code = map[unit]!
    const folded =
      (code >= 48 && code <= 57) || code === 120
        ? String.fromCharCode(code)
        : isDash(unit)
          ? '-'
          : undefined
    if (folded === undefined) continue
    out ??= text.split('')
    out[i] = folded
  }
  return out ? out.join('') : text
}

const digitsOf = (found: string) => found.replace(/[^0-9Xx]/g, '').toUpperCase()

export function detect(text: string): Detection[] {
  const out: Detection[] = []
  for (const m of text.matchAll(SECRECY))
    out.push({ kind: 'secret', offset: m.index, length: m[0].length, found: m[0] })
  const folded = foldDigits(text)
  const at = (m: RegExpExecArray) => ({
    offset: m.index,
    length: m[0].length,
    found: text.slice(m.index, m.index + m[0].length),
  })
  for (const m of folded.matchAll(ID_NUMBER)) {
    const value = digitsOf(m[0])
    if (validIdNumber(value)) out.push({ kind: 'idNumber', ...at(m), value })
  }
  for (const m of folded.matchAll(MOBILE)) {
    const value = digitsOf(m[0]).replace(/^86(?=\d{11}$)/, '')
    out.push({ kind: 'mobile', ...at(m), value })
  }
  return out
}

/** How many leading and trailing characters of the number stay visible (as PERSONAL_DATA_MASKS shows them). */
const SHOWN = { idNumber: [6, 4], mobile: [3, 4] } as const

/**
 * `text` with every personal number's hidden digits replaced by '*', unit for unit (offsets unchanged):
 * 139-1234-5678 → 139-****-5678. Excerpts of any finding are cut from it.
 */
export function maskPersonal(text: string, detections: Detection[]): string {
  let out = text
  for (const hit of detections) {
    if (hit.kind === 'secret' || !hit.value) continue
    const [head, tail] = SHOWN[hit.kind]
    const span = foldDigits(text.slice(hit.offset, hit.offset + hit.length))
    const total = digitsOf(span).length
    // A +86 prefix stays visible with the head.
    const visibleHead = total - hit.value.length + head
    let seen = 0
    let masked = ''
    for (let i = 0; i < span.length; i++) {
      if (!/[0-9xX]/.test(span[i]!)) {
        masked += out[hit.offset + i]
        continue
      }
      const k = seen++
      masked += k < visibleHead || k >= total - tail ? out[hit.offset + i] : '*'
    }
    out = out.slice(0, hit.offset) + masked + out.slice(hit.offset + hit.length)
  }
  return out
}
