// Near-misses of known terms (modules 23, 24): a term written with one character replaced by a confusable
// one (攻府 for 政府), and — for protected terms — two neighbouring characters swapped or an inner character
// dropped (中华人民共合国, 中华人民和国). Text is read in runs of Chinese characters (after the same
// width/traditional normalisation as the matcher); a window that is itself a dictionary word is not a slip.
import { isHan, normalTable } from './normalise.ts'
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
  /** Longest term considered (longer ones: nameSlips.ts). */
  maxLength?: number
  /** Whether a word of the text starts at `start` and one ends at `end` of `run` (a slip never straddles a word). */
  boundary?: (run: string, start: number, end: number) => boolean
}

export type Run = { text: string; origin: number[] }

/** Runs of Chinese characters in `text`, normalised, with each character's offset in the original. */
export function hanRuns(text: string): Run[] {
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

/** Terms up to this long are found through their blanked forms; longer ones (few: protected terms) one by one. */
const SHORT = 4

export class NearMisses<T extends { word: string }> {
  /**
   * Every short term with one character blanked out (keyed by a hash of the term without that character, see
   * `blankedKey`), so a window of the text finds the terms it differs from in one character with one lookup per
   * character; a hash collision is ruled out by comparing the rest.
   */
  private readonly blanked = new Map<number, { term: T; at: number }[]>()
  private readonly shortLengths: number[]
  /** Long terms by their first and second characters (a slip can be in either, not both). */
  private readonly longByFirst = new Map<string, T[]>()
  private readonly longBySecond = new Map<string, T[]>()
  /** With swaps and drops: every term by its first and second characters. */
  private readonly byFirst = new Map<string, T[]>()
  private readonly bySecond = new Map<string, T[]>()
  private readonly exact = new Set<string>()
  private readonly options: NearMissOptions
  readonly size: number

  constructor(terms: T[], options: NearMissOptions) {
    this.options = options
    const minLength = options.minLength ?? 3
    const lengths = new Set<number>()
    let size = 0
    for (const term of terms) {
      const word = term.word
      if (
        word.length < minLength ||
        word.length > (options.maxLength ?? Infinity) ||
        ![...word].every((ch) => isHan(ch.charCodeAt(0)))
      )
        continue
      this.exact.add(word)
      if (word.length <= SHORT) {
        lengths.add(word.length)
        for (let at = 0; at < word.length; at++)
          push(this.blanked, blankedKey(word, 0, word.length, at), { term, at })
      } else {
        push(this.longByFirst, word[0]!, term)
        push(this.longBySecond, word[1]!, term)
      }
      if (options.swapsAndDrops) {
        push(this.byFirst, word[0]!, term)
        push(this.bySecond, word[1]!, term)
      }
      size++
    }
    this.shortLengths = [...lengths].sort((a, b) => a - b)
    this.size = size
  }

  scan(text: string): Slip<T>[] {
    const slips: Slip<T>[] = []
    const { confusable, isWord, explained, swapsAndDrops, boundary } = this.options
    const add = (
      slip: { term: T; start: number; length: number; how: Slip<T>['how']; at: number } | null,
      run: Run,
    ) => {
      if (slip && (!boundary || boundary(run.text, slip.start, slip.start + slip.length)))
        slips.push(this.place(slip, run))
    }
    for (const run of hanRuns(text)) {
      const s = run.text
      for (let i = 0; i < s.length; i++) {
        windows: for (const n of this.shortLengths) {
          if (i + n > s.length) break
          // Whether the window is a term or a word in its own right (then written as meant): asked only when needed.
          let meant: boolean | undefined
          for (let k = 0; k < n; k++) {
            for (const { term, at } of this.blanked.get(blankedKey(s, i, n, k)) ?? []) {
              if (at !== k || !sameBut(term.word, s, i, k)) continue
              meant ??= this.exact.has(s.slice(i, i + n)) || isWord(s.slice(i, i + n))
              if (meant) continue windows
              if (confusable(s[i + k]!, term.word[at]!) && !explained?.(s, i + k, i, n))
                add({ term, start: i, length: n, how: 'substitute', at }, run)
            }
          }
        }
        // Long terms: a slip after the first character, or in the first (the second then matches).
        for (const term of this.longByFirst.get(s[i]!) ?? []) add(this.substituted(term, s, i), run)
        if (i + 1 < s.length)
          for (const term of this.longBySecond.get(s[i + 1]!) ?? [])
            if (term.word[0] !== s[i]) add(this.substituted(term, s, i), run)
        if (swapsAndDrops) {
          // Terms starting here, and terms whose first two characters are swapped here.
          for (const term of this.byFirst.get(s[i]!) ?? []) add(this.swapOrDrop(term, s, i), run)
          for (const term of this.bySecond.get(s[i]!) ?? [])
            if (term.word[0] !== s[i]) add(this.swapOrDrop(term, s, i), run)
        }
      }
    }
    return slips
  }

  private place(
    slip: { term: T; start: number; length: number; how: Slip<T>['how']; at: number },
    run: Run,
  ): Slip<T> {
    const offset = run.origin[slip.start]!
    const end = run.origin[slip.start + slip.length - 1]! + 1
    return {
      term: slip.term,
      found: run.text.slice(slip.start, slip.start + slip.length),
      offset,
      length: end - offset,
      how: slip.how,
      at: slip.at,
    }
  }

  /** The window at `i` that differs from the term in exactly one, confusable, character. */
  private substituted(term: T, s: string, i: number) {
    const word = term.word
    const n = word.length
    if (i + n > s.length) return null
    const window = s.slice(i, i + n)
    const { confusable, isWord, explained } = this.options
    if (this.exact.has(window) || isWord(window)) return null
    let at = -1
    for (let k = 0; k < n; k++) {
      if (window[k] === word[k]) continue
      if (at !== -1) return null
      at = k
    }
    return at !== -1 && confusable(window[at]!, word[at]!) && !explained?.(s, i + at, i, n)
      ? { term, start: i, length: n, how: 'substitute' as const, at }
      : null
  }

  /**
   * Is the text at `i` the term with two neighbouring characters swapped, or an inner character dropped?
   * (A dropped first or last character is just a shorter, often legitimate, phrase.)
   */
  private swapOrDrop(term: T, s: string, i: number) {
    const word = term.word
    const n = word.length
    const { isWord } = this.options
    if (i + n <= s.length) {
      const window = s.slice(i, i + n)
      if (window !== word && !this.exact.has(window) && !isWord(window)) {
        const diff: number[] = []
        for (let k = 0; k < n && diff.length <= 2; k++) if (window[k] !== word[k]) diff.push(k)
        if (
          diff.length === 2 &&
          diff[1] === diff[0]! + 1 &&
          window[diff[0]!] === word[diff[1]!] &&
          window[diff[1]!] === word[diff[0]!]
        ) {
          return { term, start: i, length: n, how: 'swap' as const, at: diff[0]! }
        }
      }
    }
    if (n >= 4 && i + n - 1 <= s.length && s[i] === word[0]) {
      const window = s.slice(i, i + n - 1)
      if (this.exact.has(window) || isWord(window) || s.startsWith(word, i)) return null
      for (let k = 1; k < n - 1; k++) {
        if (window === word.slice(0, k) + word.slice(k + 1))
          return { term, start: i, length: n - 1, how: 'drop' as const, at: k }
      }
    }
    return null
  }
}

/** A hash (in V8's small-integer range) of the `n` characters of `text` from `start`, the one at `start + at` left out. */
function blankedKey(text: string, start: number, n: number, at: number): number {
  let hash = n * 0x9e3779b1
  for (let k = 0; k < n; k++)
    hash =
      Math.imul(hash ^ (k === at ? 0xffff_ffff : text.charCodeAt(start + k)), 0x85ebca6b) ^
      (hash >>> 13)
  return hash & 0x3fff_ffff
}

/** Does `word` agree with `text` from `start` everywhere except at `at`? */
function sameBut(word: string, text: string, start: number, at: number): boolean {
  for (let k = 0; k < word.length; k++)
    if (k !== at && word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
