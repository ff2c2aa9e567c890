// One table from UTF-16 code unit to the unit the matcher compares, built once: full-width forms to
// half-width, upper to lower case, traditional to simplified Chinese (single characters, from OpenCC's
// dictionaries via opencc-js; characters of the simplified set GB 2312 are left alone), and noise — spaces, punctuation, symbols, zero-width characters — to 0, which
// the matcher skips. So 敏感, 敏 感, 敏*感, 敏_感, 敏​感 and ＡＢＣ/abc all compare alike.
import { Converter } from 'opencc-js'

export const SKIP = 0

/** A Chinese character (CJK extension A and the unified ideographs). */
export const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff

let table: Uint16Array | undefined

/** Characters an evader puts between the characters of a word. */
function isNoise(code: number): boolean {
  const ch = String.fromCharCode(code)
  return /[\s\p{P}\p{S}\p{Cf}]/u.test(ch) || code === 0x3000
}

/** The 6,763 characters of GB 2312, the simplified set (decoded with the runtime's ICU). */
function gb2312Hanzi(): Set<number> {
  const decoder = new TextDecoder('gb2312')
  const set = new Set<number>()
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const ch = decoder.decode(new Uint8Array([high, low]))
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch.charCodeAt(0))
    }
  }
  return set
}

function build(): Uint16Array {
  const map = new Uint16Array(65536)
  for (let code = 0; code < 65536; code++) map[code] = code
  // Full-width ASCII (！ to ～) → half-width.
  for (let code = 0xff01; code <= 0xff5e; code++) map[code] = code - 0xfee0
  for (let code = 0; code < 65536; code++) {
    const folded = String.fromCharCode(map[code]!).toLowerCase()
    if (folded.length === 1) map[code] = folded.charCodeAt(0)
  }
  const simplified = gb2312Hanzi()
  for (const from of ['t', 'tw', 'hk'] as const) {
    const toSimplified = Converter({ from, to: 'cn' })
    for (let code = 0x3400; code <= 0x9fff; code++) {
      // A character of the simplified set stays as written: OpenCC's variant tables would turn 么 into 幺
      // and 著 into 着, and 什么 or 著名 would no longer be words.
      if (simplified.has(code)) continue
      const ch = String.fromCharCode(code)
      const simple = toSimplified(ch)
      if (simple !== ch && simple.length === 1) map[code] = simple.charCodeAt(0)
    }
  }
  for (let code = 0; code < 65536; code++) if (isNoise(map[code]!)) map[code] = SKIP
  return map
}

/** The normalisation table (built on first use, ~100 ms). */
export const normalTable = (): Uint16Array => (table ??= build())

/** A string as the matcher sees it: normalised, noise removed. */
export function normalise(text: string): string {
  const map = normalTable()
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = map[text.charCodeAt(i)]!
    if (code !== SKIP) out += String.fromCharCode(code)
  }
  return out
}
