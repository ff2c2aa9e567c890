// A frequency lexicon of Chinese words (1–4 characters): jieba's dictionary (MIT), read from the
// @node-rs/jieba package, and the current official vocabulary it lacks (data/officialVocabulary.ts). It
// tells the typo check which strings are words, which words are frequent enough that a near-miss of them is
// likely a slip, and how plausibly a stretch of text reads as it is written compared with a suggested
// correction (a unigram word model).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { OFFICIAL_VOCABULARY } from './data/officialVocabulary.ts'
import { isHan, normalise, normalTable } from './normalise.ts'

const HAN = /^[\u3400-\u9fff]{1,4}$/u

/**
 * The count an official-vocabulary word takes when jieba has it rarer or not at all: a word like any other
 * (never reported as a slip, and it reads well in context), yet below the typo check's thresholds for
 * two-character words (typos.ts, MIN_FREQUENCY), so 发力 and 中柬 do not become targets that other text is
 * read as a slip of.
 */
const OFFICIAL_FREQUENCY = 50

let lexicon: Map<string, number> | undefined
const persons = new Set<string>()

/** Word → frequency (loaded on first use, ~0.5 s). */
export function lexiconWords(): Map<string, number> {
  if (lexicon) return lexicon
  // From the working directory (the repository root), like the confusion sets: not traced into the admin's bundle.
  const file = path.resolve(process.cwd(), 'node_modules/@node-rs/jieba/dict.txt')
  const map = new Map<string, number>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ')
    if (!word || !HAN.test(word)) continue
    map.set(word, Number(freq) || 1)
    if (tag?.startsWith('nr')) persons.add(word)
  }
  for (const { word } of OFFICIAL_VOCABULARY)
    if (HAN.test(word) && (map.get(word) ?? 0) < OFFICIAL_FREQUENCY)
      map.set(word, OFFICIAL_FREQUENCY)
  return (lexicon = map)
}

/** Whether jieba tags `word` as a person's name (nr, nrt, nrfg: 刘知远, 穆罕默德). */
export function isPersonName(word: string): boolean {
  lexiconWords()
  return persons.has(word)
}

/**
 * Whether the character at `at` in `run` belongs to a word of the lexicon that reaches outside the window
 * [start, start + length): then it is most likely written as meant (财政补贴 is not a slip of 财政部).
 */
export function partOfAnotherWord(
  words: Map<string, number>,
  run: string,
  at: number,
  start: number,
  length: number,
): boolean {
  for (let size = 2; size <= 4; size++) {
    for (let from = at - size + 1; from <= at; from++) {
      if (from < 0 || from + size > run.length) continue
      if (from >= start && from + size <= start + length) continue
      if (words.has(run.slice(from, from + size))) return true
    }
  }
  return false
}

/** The lexicon's total count, for word probabilities. */
let total = 0

/** A string's most likely reading as a sequence of lexicon words: the sum of their log-probabilities (unigram model). */
function readingScore(text: string): number {
  const words = lexiconWords()
  if (!total) for (const freq of words.values()) total += freq
  const best = new Float64Array(text.length + 1).fill(-Infinity)
  best[0] = 0
  for (let i = 0; i < text.length; i++) {
    if (best[i] === -Infinity) continue
    for (let size = 1; size <= 4 && i + size <= text.length; size++) {
      const freq = words.get(text.slice(i, i + size))
      // Longer strings only as words; a character the lexicon lacks counts as very rare.
      if (!freq && size > 1) continue
      best[i + size] = Math.max(best[i + size]!, best[i]! + Math.log((freq ?? 0.5) / total))
    }
  }
  return best[text.length]!
}

const CONTEXT = 3

/**
 * How much more plausible the text reads with `suggestion` in place of the `length` characters at `offset`
 * (log-probability, with up to three Chinese characters of context either side, within the clause): near 0
 * or below, the text was most likely written as meant (以经济 is 以 + 经济, not a slip of 已经).
 */
export function contextGain(
  text: string,
  offset: number,
  length: number,
  suggestion: string,
): number {
  const map = normalTable()
  const han = (i: number) => isHan(map[text.charCodeAt(i)]!)
  let from = offset
  while (from > 0 && offset - from < CONTEXT && han(from - 1)) from--
  let to = offset + length
  while (to < text.length && to - offset - length < CONTEXT && han(to)) to++
  const before = normalise(text.slice(from, offset))
  const after = normalise(text.slice(offset + length, to))
  return (
    readingScore(before + normalise(suggestion) + after) -
    readingScore(before + normalise(text.slice(offset, offset + length)) + after)
  )
}
