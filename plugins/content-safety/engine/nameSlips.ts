// Near-misses of long protected names (five characters or more: 中华人民共和国, 湖北省人民政府, 工业和信息化部)
// (issue 17 §2): the text differs from the name by up to one edit (five characters) or two (six or more) —
// a character substituted, dropped, inserted, or two neighbours swapped. Tens of thousands of names (every
// division's organs) are found through pieces: a name split into edits + 1 pieces keeps one piece intact
// under that many edits, so each piece of the text is looked up once and only names sharing a piece at that
// place are aligned (banded edit distance, stopped as soon as it exceeds the budget).
// A block must be right every time (§1), so a candidate is dropped when it reads as correct text: the window
// does not start and end at word boundaries (健全|人民代表大会 is no 全国人民代表大会 missing 国); it is a word
// or another listed name; a first or last character differs without being confusable (各区人民政府, 人民政策),
// or a whole word of the name is replaced by another common word (全省人民代表大会, 各级人民代表大会; 各区 for
// 平区 in 和平区人民政府), or one short word of the name has two edits (本区 for 本溪市) — except
// for the country's name and the standard formulations (`strict`), where any near-miss is wrong.
import type { Confusion } from './confusion.ts'
import { editsBetween, type Edit } from './edits.ts'
import { hanRuns } from './nearMiss.ts'
import { wordStarts } from './segment.ts'

export type NameTerm = {
  word: string
  category: string
  /** The country's name and the standard formulations: no reading as other words excuses a near-miss. */
  strict?: boolean
  /** For an organ's name built on a division's (湖北省 + 人民政府): the division name's length. */
  head?: number
  /** Known as written, never a target (a short name, 市场监管总局: its full name is no near-miss of it). */
  exactOnly?: boolean
}

export type NameSlip = {
  term: NameTerm
  /** The window of the text (normalised) and where it is in the original text. */
  found: string
  offset: number
  length: number
  edits: Edit[]
}

export type NameSlipOptions = {
  confusable: Confusion
  /** Word → frequency (the lexicon). */
  words: Map<string, number>
}

/** Shortest name handled here (shorter ones: nearMiss.ts). */
export const LONG = 5
/** Longest name looked for around a typo (covers): the long organ names run to about twenty characters. */
const LONGEST = 24
/** Edits tolerated in a name of `n` characters. */
export const budget = (n: number) => (n >= 6 ? 2 : 1)
/** A text word replacing a word of the name is a different word (not a slip) when at least this common relative to it. */
const COMMON_RATIO = 1 / 20
/** …and, where the name has no word at that place, when it has at least this frequency in the lexicon. */
const COMMON_WORD = 50

export class NameSlips {
  private readonly terms: NameTerm[] = []
  private readonly exact = new Set<string>()
  /** Piece → the names holding it, and where. */
  private readonly pieces = new Map<string, { t: number; at: number }[]>()
  private readonly pieceLengths: number[]
  /** The first two characters of every piece (a quick no for most places of the text). */
  private readonly pieceStarts = new Set<number>()
  private readonly options: NameSlipOptions

  constructor(terms: NameTerm[], options: NameSlipOptions) {
    this.options = options
    const lengths = new Set<number>()
    for (const term of terms) {
      const word = term.word
      if (word.length < LONG || this.exact.has(word) || !/^[\u3400-\u9fff]+$/u.test(word)) continue
      this.exact.add(word)
      if (term.exactOnly) continue
      const t = this.terms.push(term) - 1
      const count = budget(word.length) + 1
      for (let p = 0, at = 0; p < count; p++) {
        const size = Math.floor((word.length - at) / (count - p))
        const piece = word.slice(at, at + size)
        lengths.add(size)
        this.pieceStarts.add(pair(piece, 0))
        const list = this.pieces.get(piece)
        if (list) list.push({ t, at })
        else this.pieces.set(piece, [{ t, at }])
        at += size
      }
    }
    this.pieceLengths = [...lengths].sort((a, b) => a - b)
  }

  get size(): number {
    return this.terms.length
  }

  /** Whether [offset, offset + length) of `text` lies inside a listed name written exactly (国家国际发展合作署). */
  covers(text: string, offset: number, length: number): boolean {
    for (let start = offset; start >= 0 && offset - start < LONGEST; start--)
      for (let end = offset + length; end <= text.length && end - start <= LONGEST; end++)
        if (end - start >= LONG && this.exact.has(text.slice(start, end))) return true
    return false
  }

  scan(text: string): NameSlip[] {
    const out: NameSlip[] = []
    for (const run of hanRuns(text)) {
      const s = run.text
      const seen = new Set<string>()
      let starts: boolean[] | undefined
      for (let i = 0; i + 1 < s.length; i++) {
        if (!this.pieceStarts.has(pair(s, i))) continue
        for (const size of this.pieceLengths) {
          if (i + size > s.length) break
          for (const { t, at } of this.pieces.get(s.slice(i, i + size)) ?? []) {
            const term = this.terms[t]!
            const window = align(term.word, s, i - at, at, size, budget(term.word.length)).find(
              (w) => {
                const key = `${t}:${w.start}:${w.end}`
                if (seen.has(key)) return false
                seen.add(key)
                const found = s.slice(w.start, w.end)
                if (
                  found.includes(term.word) ||
                  this.exact.has(found) ||
                  this.options.words.has(found)
                )
                  return false
                starts ??= wordStarts(s)
                if (!starts[w.start] || !starts[w.end]) return false
                const edits = editsBetween(term.word, found)
                return edits.length > 0 && !this.explained(term, found, edits, s, w.start, starts)
              },
            )
            if (!window) continue
            const found = s.slice(window.start, window.end)
            const edits = editsBetween(term.word, found)
            const offset = run.origin[window.start]!
            out.push({
              term,
              found,
              offset,
              length: run.origin[window.end - 1]! + 1 - offset,
              edits,
            })
          }
        }
      }
    }
    return out
  }

  /** Does the text read as written (see the file's head)? */
  private explained(
    term: NameTerm,
    found: string,
    edits: Edit[],
    s: string,
    start: number,
    starts: boolean[],
  ): boolean {
    const { confusable, words } = this.options
    const word = term.word
    // A name cut short or run on is a shorter or longer phrase (人民代表大会 in 人民代表大会制度).
    if (
      edits.some(
        (e) =>
          (e.how === 'drop' && (e.at === 0 || e.at === word.length - 1)) ||
          (e.how === 'insert' && (e.at === 0 || e.at === word.length)),
      )
    )
      return true
    // Two edits in one short word of the name make another word (全省 for 全椒县, 本区 for 本溪市).
    const parts = partsOf(term)
    for (const [from, to] of parts)
      if (to - from <= 4 && edits.filter((e) => e.at >= from && e.at < to).length > 1) return true
    // The division's name written as a common word instead (本市 for 本溪市 in 本市人民政府).
    if (term.head) {
      const inHead = edits.filter((e) => e.at < term.head!)
      const shift = (how: Edit['how']) => inHead.filter((e) => e.how === how).length
      if (inHead.length && words.has(found.slice(0, term.head + shift('insert') - shift('drop'))))
        return true
      // A short name (three characters or fewer) with one dropped or added is another place or none (原县 for 原阳县).
      if (term.head <= 3 && inHead.some((e) => e.how === 'drop' || e.how === 'insert')) return true
      // A one-character name replaced leaves nothing of the place (为县人民政府 is no 魏县人民政府).
      if (term.head <= 2 && inHead.length) return true
    }
    if (term.strict) return false
    // A first or last character replaced by one that does not look or sound alike: another word (人民政策).
    for (const edit of edits)
      if (
        edit.how === 'substitute' &&
        (edit.at === 0 || edit.at === word.length - 1) &&
        !confusable(edit.found, edit.expected)
      )
        return true
    // A whole text word in place of a word of the name (substitutions only: the spans line up).
    if (edits.every((e) => e.how === 'substitute')) {
      for (const edit of edits) {
        let from = start + edit.at
        while (!starts[from]) from--
        let to = start + edit.at + 1
        while (!starts[to]) to++
        if (to - from < 2 || from < start || to > start + found.length) continue
        const written = words.get(s.slice(from, to))
        const meant = words.get(word.slice(from - start, to - start))
        // A common word where the name has none (各区 in 和平区's place) reads as written too.
        if (written && (meant ? written >= meant * COMMON_RATIO : written >= COMMON_WORD))
          return true
      }
    }
    return false
  }
}

/** The two UTF-16 units of `text` at `i` as one number. */
const pair = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)

/** The name's words as [from, to) spans: the division's name as one, then the best segmentation. */
function partsOf(term: NameTerm): [number, number][] {
  const head = term.head ?? 0
  const starts = wordStarts(term.word.slice(head))
  const parts: [number, number][] = head ? [[0, head]] : []
  let from = 0
  for (let i = 1; i < starts.length; i++)
    if (starts[i]) {
      parts.push([head + from, head + i])
      from = i
    }
  return parts
}

/**
 * The windows of `s` around the piece at [i, i + size) (where the name's piece starts at `at`, the name itself
 * at `origin`) that are at most `k` edits from `word`, fewest edits first. Both sides are aligned outward.
 */
function align(
  word: string,
  s: string,
  origin: number,
  at: number,
  size: number,
  k: number,
): { start: number; end: number; cost: number }[] {
  const i = origin + at
  const windows: { start: number; end: number; cost: number }[] = []
  for (const left of side(word, at - 1, -1, s, i - 1, k))
    for (const right of side(word, at + size, 1, s, i + size, k - left.cost))
      windows.push({
        start: i - left.used,
        end: i + size + right.used,
        cost: left.cost + right.cost,
      })
  return windows.sort((a, b) => a.cost - b.cost)
}

/**
 * Aligns the name's characters from `w` in direction `dir` with the text's from `t`: every text length
 * whose alignment takes at most `k` edits (substitution, insertion, deletion, adjacent swap), with its cost.
 */
function side(
  word: string,
  w: number,
  dir: 1 | -1,
  s: string,
  t: number,
  k: number,
): { cost: number; used: number }[] {
  const m = dir === 1 ? word.length - w : w + 1
  if (m === 0) return [{ cost: 0, used: 0 }]
  const avail = dir === 1 ? s.length - t : t + 1
  const cols = Math.min(avail, m + k)
  const wc = (r: number) => word[w + dir * r]!
  const tc = (c: number) => s[t + dir * c]!
  let prev2: number[] = []
  let prev = Array.from({ length: cols + 1 }, (_, c) => c)
  for (let r = 1; r <= m; r++) {
    const row = new Array<number>(cols + 1).fill(k + 1)
    row[0] = r
    let best = row[0]
    for (let c = Math.max(1, r - k); c <= Math.min(cols, r + k); c++) {
      let d = Math.min(
        prev[c - 1]! + (wc(r - 1) === tc(c - 1) ? 0 : 1),
        prev[c]! + 1,
        row[c - 1]! + 1,
      )
      if (r > 1 && c > 1 && wc(r - 1) === tc(c - 2) && wc(r - 2) === tc(c - 1))
        d = Math.min(d, prev2[c - 2]! + 1)
      row[c] = d
      if (d < best) best = d
    }
    if (best > k) return []
    prev2 = prev
    prev = row
  }
  const out: { cost: number; used: number }[] = []
  for (let c = Math.max(0, m - k); c <= cols; c++)
    if (prev[c]! <= k) out.push({ cost: prev[c]!, used: c })
  return out
}
