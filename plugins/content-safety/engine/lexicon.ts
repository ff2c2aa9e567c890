// A frequency lexicon of Chinese words (1–4 characters): jieba's dictionary (MIT), read from the
// @node-rs/jieba package, and the current official vocabulary it lacks (data/officialVocabulary.ts). It
// tells the typo check which strings are words, which words are frequent enough that a near-miss of them is
// likely a slip, and how plausibly a stretch of text reads as it is written compared with a suggested
// correction (a unigram word model).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { OFFICIAL_VOCABULARY } from './data/officialVocabulary.ts'
import type { LanguageModel } from './languageModel.ts'
import { isHan, normalise, normalTable } from './normalise.ts'

const HAN = /^[\u3400-\u9fff]{1,4}$/u

/**
 * The count an official-vocabulary word takes when jieba has it rarer or not at all: a word like any other
 * (never reported as a slip, and it reads well in context), yet below the typo check's thresholds for
 * two-character words (typos.ts, MIN_FREQUENCY), so 发力 and 中柬 do not become targets that other text is
 * read as a slip of.
 */
const OFFICIAL_FREQUENCY = 50
/** A two-character word tagged nr at least this frequent is a common word (关怀 697, 弘扬 430), not a name. */
const PERSON_FREQUENCY = 100

let lexicon: Map<string, number> | undefined
const persons = new Set<string>()
const names = new Set<string>()

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
    // jieba tags some common words nr (关怀, 弘扬, 蓬勃): a person's name is a rarer word or a full name.
    if (tag?.startsWith('nr') && (word.length >= 3 || Number(freq) < PERSON_FREQUENCY))
      persons.add(word)
    if (tag?.startsWith('nr') || tag === 'ns' || tag === 'nt') names.add(word)
  }
  for (const { word } of OFFICIAL_VOCABULARY)
    if (HAN.test(word) && (map.get(word) ?? 0) < OFFICIAL_FREQUENCY)
      map.set(word, OFFICIAL_FREQUENCY)
  return (lexicon = map)
}

/** The CJK Unified Ideographs block (U+4E00–U+9FFF), whose character pairs are keyed as small integers. */
const CJK_START = 0x4e00
const CJK_SIZE = 0x5200

/**
 * A pair of characters of the CJK basic block as a small integer (V8 keeps it unboxed), or -1 when either is
 * outside the block.
 */
export function pairKey(text: string, i: number): number {
  const a = text.charCodeAt(i) - CJK_START
  const b = text.charCodeAt(i + 1) - CJK_START
  return a < 0 || b < 0 || a >= CJK_SIZE || b >= CJK_SIZE ? -1 : a * CJK_SIZE + b
}

let pairs: Set<number> | undefined

/** The lexicon's two-character words (of the CJK basic block) by pairKey. */
export function twoCharacterWords(): Set<number> {
  if (pairs) return pairs
  pairs = new Set()
  for (const word of lexiconWords().keys())
    if (word.length === 2) {
      const key = pairKey(word, 0)
      if (key >= 0) pairs.add(key)
    }
  return pairs
}

/** Whether jieba tags `word` as a person's name (nr, nrt, nrfg: 刘知远, 穆罕默德). */
export function isPersonName(word: string): boolean {
  lexiconWords()
  return persons.has(word)
}

/** Whether jieba tags `word` as a name of a person, place or organisation (nr*, ns, nt: 山西, 陕西, 国会). */
export function isProperName(word: string): boolean {
  lexiconWords()
  return names.has(word)
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

/**
 * The unigram model over the lexicon, for reading a run of characters as words (segment.ts, contextGain).
 * Words of up to three characters and the prefixes of longer words are keyed by their UTF-16 units packed into
 * one number (no string is made while reading); four-character words are looked up by string.
 */
export type Unigrams = {
  /** ln P(word) for words of one to three characters, by packed key. */
  short: Map<number, number>
  /** Packed keys of every two- and three-character prefix of a longer word. */
  prefixes: Set<number>
  /** ln of the lexicon's total count (a four-character word's ln P is ln(freq) minus this). */
  logTotal: number
  /** ln P of a single character the lexicon lacks (counted as half an occurrence). */
  unknown: number
}

let unigrams: Unigrams | undefined

/** The UTF-16 units of `text` from `start`, `n` of them (up to three), as one number. */
const packed = (text: string, start: number, n: number) => {
  let key = n
  for (let k = 0; k < n; k++) key = key * 0x10000 + text.charCodeAt(start + k)
  return key
}

/** The unigram model (built once per process from the lexicon). */
export function unigramModel(): Unigrams {
  if (unigrams) return unigrams
  const words = lexiconWords()
  let total = 0
  for (const freq of words.values()) total += freq
  const logTotal = Math.log(total)
  const short = new Map<number, number>()
  const prefixes = new Set<number>()
  for (const [word, freq] of words) {
    if (word.length <= 3) short.set(packed(word, 0, word.length), Math.log(freq) - logTotal)
    for (let n = 2; n < word.length; n++) prefixes.add(packed(word, 0, n))
  }
  return (unigrams = { short, prefixes, logTotal, unknown: Math.log(0.5) - logTotal })
}

/**
 * The lexicon words starting at `i` of `run`: `out[size]` is ln P of the word of `size` characters (1–4)
 * there, or -Infinity when there is none; a single character is always there (a character the lexicon lacks
 * has the unknown-character probability). Fills `out` in place (no allocation per position).
 */
export function wordsAt(model: Unigrams, run: string, i: number, out: Float64Array): void {
  out[1] = model.short.get(packed(run, i, 1)) ?? model.unknown
  out[2] = out[3] = out[4] = -Infinity
  for (let size = 2; size <= 3 && i + size <= run.length; size++) {
    const key = packed(run, i, size)
    out[size] = model.short.get(key) ?? -Infinity
    if (!model.prefixes.has(key)) return
  }
  if (i + 4 > run.length) return
  const freq = lexicon!.get(run.slice(i, i + 4))
  if (freq) out[4] = Math.log(freq) - model.logTotal
}

const here = new Float64Array(5)

/** A string's most likely reading as a sequence of lexicon words: the sum of their log-probabilities (unigram model). */
function readingScore(text: string): number {
  const model = unigramModel()
  const best = new Float64Array(text.length + 1).fill(-Infinity)
  best[0] = 0
  for (let i = 0; i < text.length; i++) {
    const score = best[i]!
    if (score === -Infinity) continue
    wordsAt(model, text, i, here)
    for (let size = 1; size <= 4; size++)
      if (score + here[size]! > best[i + size]!) best[i + size] = score + here[size]!
  }
  return best[text.length]!
}

const CONTEXT = 3
/** Characters of context either side for the trigram model (its words run to four characters). */
const MODEL_CONTEXT = 4

/** How far [offset, offset + length) extends over up to `context` Chinese characters either side, within the clause. */
export function clauseWindow(text: string, offset: number, length: number, context: number) {
  const map = normalTable()
  const han = (i: number) => isHan(map[text.charCodeAt(i)]!)
  let from = offset
  while (from > 0 && offset - from < context && han(from - 1)) from--
  let to = offset + length
  while (to < text.length && to - offset - length < context && han(to)) to++
  return { from, to }
}

/** Up to `context` Chinese characters before and after [offset, offset + length), within the clause, normalised. */
function around(text: string, offset: number, length: number, context: number) {
  const { from, to } = clauseWindow(text, offset, length, context)
  return {
    before: normalise(text.slice(from, offset)),
    written: normalise(text.slice(offset, offset + length)),
    after: normalise(text.slice(offset + length, to)),
  }
}

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
  const { before, written, after } = around(text, offset, length, CONTEXT)
  return (
    readingScore(before + normalise(suggestion) + after) - readingScore(before + written + after)
  )
}

/**
 * The same comparison under the word trigram model (languageModel.ts; natural log, four characters of
 * context either side, each version read by the model's own lexicon).
 */
export function modelGain(
  model: LanguageModel,
  text: string,
  offset: number,
  length: number,
  suggestion: string,
): number {
  const { before, written, after } = around(text, offset, length, MODEL_CONTEXT)
  return (
    model.scoreText(before + normalise(suggestion) + after) -
    model.scoreText(before + written + after)
  )
}
