// Near-misses of known terms (modules 23, 24): a term written with one character replaced by a confusable
// one (攻府 for 政府), and — for protected terms — two neighbouring characters swapped or an inner character
// dropped (中华人民共合国, 中华人民和国). Text is read in runs of Chinese characters (after the same
// width/traditional normalisation as the matcher); a window that is itself a dictionary word is not a slip.
import { normalTable } from './normalise.ts'
import type { Confusion } from './confusion.ts'

export type Slip<T> = {
  term: T
  /** What the text has, and where (in the original text). */
  found: string
  offset: number
  length: number
  how: 'substitute' | 'swap' | 'drop'
  /** Index in the term of the character that differs. */
  at: number
}

export type NearMissOptions = {
  confusable: Confusion
  /** Strings that are words in their own right (never a slip). */
  isWord: (text: string) => boolean
  /** A substituted character at `at` of `run` that is explained otherwise (e.g. part of another word): no slip. */
  explained?: (run: string, at: number, start: number, length: number) => boolean
  /** Also look for swapped neighbours and dropped inner characters (protected terms). */
  swapsAndDrops?: boolean
  /** Shortest term considered (shorter terms give too many false alarms). */
  minLength?: number
}

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff

type Run = { text: string; origin: number[] }

/** Runs of Chinese characters in `text`, normalised, with each character's offset in the original. */
function hanRuns(text: string): Run[] {
  const map = normalTable()
  const runs: Run[] = []
  let current: Run | null = null
  for (let i = 0; i < text.length; i++) {
    const code = map[text.charCodeAt(i)]!
    if (isHan(code)) {
      if (!current) runs.push((current = { text: '', origin: [] }))
      current.text += String.fromCharCode(code)
      current.origin.push(i)
    } else current = null
  }
  return runs
}

export class NearMisses<T extends { word: string }> {
  /** Terms by their first character, and by their second (a slip can be in either, not both). */
  private readonly byFirst = new Map<string, T[]>()
  private readonly bySecond = new Map<string, T[]>()
  private readonly exact = new Set<string>()
  private readonly options: NearMissOptions
  readonly size: number

  constructor(terms: T[], options: NearMissOptions) {
    this.options = options
    const minLength = options.minLength ?? 3
    const push = (map: Map<string, T[]>, key: string, term: T) => {
      const list = map.get(key)
      if (list) list.push(term)
      else map.set(key, [term])
    }
    let size = 0
    for (const term of terms) {
      const word = term.word
      if (word.length < minLength || ![...word].every((ch) => isHan(ch.charCodeAt(0)))) continue
      this.exact.add(word)
      push(this.byFirst, word[0]!, term)
      push(this.bySecond, word[1]!, term)
      size++
    }
    this.size = size
  }

  scan(text: string): Slip<T>[] {
    const slips: Slip<T>[] = []
    for (const run of hanRuns(text)) {
      const s = run.text
      for (let i = 0; i < s.length; i++) {
        for (const term of this.byFirst.get(s[i]!) ?? []) {
          const slip = this.compare(term, s, i)
          if (slip) slips.push(this.place(slip, run))
        }
        // A slip in the first character: the term's second character is at i + 1 (terms whose first
        // character matches were compared above).
        if (i + 1 < s.length) {
          for (const term of this.bySecond.get(s[i + 1]!) ?? []) {
            if (term.word[0] === s[i]) continue
            const slip = this.compare(term, s, i)
            if (slip) slips.push(this.place(slip, run))
          }
        }
      }
    }
    return slips
  }

  private place(slip: { term: T; start: number; length: number; how: Slip<T>['how']; at: number }, run: Run): Slip<T> {
    const offset = run.origin[slip.start]!
    const end = run.origin[slip.start + slip.length - 1]! + 1
    return { term: slip.term, found: run.text.slice(slip.start, slip.start + slip.length), offset, length: end - offset, how: slip.how, at: slip.at }
  }

  /** Is the text at `i` the term with exactly one slip? */
  private compare(term: T, s: string, i: number) {
    const word = term.word
    const n = word.length
    const { confusable, isWord, swapsAndDrops, explained } = this.options
    if (i + n <= s.length) {
      const window = s.slice(i, i + n)
      if (window !== word && !this.exact.has(window) && !isWord(window)) {
        const diff: number[] = []
        for (let k = 0; k < n && diff.length <= 2; k++) if (window[k] !== word[k]) diff.push(k)
        if (diff.length === 1 && confusable(window[diff[0]!]!, word[diff[0]!]!) && !explained?.(s, i + diff[0]!, i, n)) {
          return { term, start: i, length: n, how: 'substitute' as const, at: diff[0]! }
        }
        if (swapsAndDrops && diff.length === 2 && diff[1] === diff[0]! + 1 && window[diff[0]!] === word[diff[1]!] && window[diff[1]!] === word[diff[0]!]) {
          return { term, start: i, length: n, how: 'swap' as const, at: diff[0]! }
        }
      }
    }
    // An inner character dropped (a dropped first or last character is just a shorter, often legitimate, phrase).
    if (swapsAndDrops && n >= 4 && i + n - 1 <= s.length && s[i] === word[0]) {
      const window = s.slice(i, i + n - 1)
      if (this.exact.has(window) || isWord(window) || s.startsWith(word, i)) return null
      for (let k = 1; k < n - 1; k++) {
        if (window === word.slice(0, k) + word.slice(k + 1)) return { term, start: i, length: n - 1, how: 'drop' as const, at: k }
      }
    }
    return null
  }
}
