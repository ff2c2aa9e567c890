// A word trigram language model for the context check (issue 17 §4): open-gram's back-off trigram model as
// Debian's sunpinyin-data ships it (CC BY-SA 3.0; read at run time from the installed files, never
// redistributed), scored with the model's own back-off (trigramModel.ts) over its own word list
// (trigramLexicon.ts). It tells how plausible a stretch of text is, so that a sentence can be compared with
// the same sentence after a suspected substitution (国际形势 against 国际形式).
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { loadTrigramLexicon } from './trigramLexicon.ts'
import { readingScore } from './modelReading.ts'
import { loadTrigramModel, type ModelState } from './trigramModel.ts'

/** Where Debian's sunpinyin-data installs the model; `HAIQIAO_SLM_DIR` overrides it. */
export const DEFAULT_MODEL_DIR = '/usr/lib/x86_64-linux-gnu/sunpinyin/data'

/**
 * The model's id for text it does not know (SunPinyin's training segmenter writes every run of characters
 * its lexicon lacks as one such token; its unigram probability is about 0.12).
 */
export const UNKNOWN_WORD = 0

/**
 * The sentence-start history: SunPinyin's "no word" id, over which the model moves back to its root at no
 * cost. The root is where SunPinyin's input method starts every sentence; the model has no token of its
 * own for a sentence start (its n-grams after 。 are mostly punctuation, with a back-off weight ≠ 1).
 */
export const SENTENCE_START = 69

/** A loaded model. Probabilities are natural logarithms (≤ 0). */
export interface LanguageModel {
  /** The model's word id for a lexicon word, undefined when the lexicon lacks it. */
  wordId(word: string): number | undefined
  /** The lexicon word of an id ('' for ids without one). */
  word(id: number): string
  /** Number of word ids: every id is below it. */
  vocabularySize: number
  /**
   * ln P(word | history) with the model's back-off; `history` holds the previous word ids, oldest first
   * (only the last two count; [] or [SENTENCE_START] for the start of a sentence).
   */
  logProb(history: readonly number[], word: number): number
  /**
   * ln P of `words[from..to)` (strings), each conditioned on the two tokens before it, from the start of
   * the sentence (`words[0]` follows SENTENCE_START). A word the lexicon lacks is scored as its characters,
   * and each run of characters the lexicon lacks as one UNKNOWN_WORD, which is how the model's training
   * text was cut (so an unlisted word costs what its characters cost, rather than the cheap unknown token).
   */
  score(words: readonly string[], from?: number, to?: number): number
  /**
   * ln P of `text` read as the most likely sequence of lexicon words (Viterbi over the model's states),
   * from the start of a sentence. The model's lexicon holds compounds (国际形势, 合法权益) that its
   * training text was cut into, so comparing two versions of a sentence is fair only when each is cut by
   * the model's lexicon: use this, not `score`, for that.
   */
  scoreText(text: string): number
}

const cache = new Map<string, LanguageModel | null>()

/**
 * The model in `HAIQIAO_SLM_DIR`, else in sunpinyin-data's directory for this machine's architecture;
 * loaded on first use (~0.3 s, ~50 MB) and cached per process and directory. Null when the files are
 * missing or not of the expected layout (the check then runs without the context model); never throws.
 */
export function languageModel(): LanguageModel | null {
  const dir = process.env.HAIQIAO_SLM_DIR || installedDir()
  if (!cache.has(dir)) cache.set(dir, load(dir))
  return cache.get(dir)!
}

/** DEFAULT_MODEL_DIR, or the same package's directory under another architecture's /usr/lib/<triplet>. */
function installedDir(): string {
  if (existsSync(DEFAULT_MODEL_DIR)) return DEFAULT_MODEL_DIR
  try {
    for (const triplet of readdirSync('/usr/lib')) {
      const dir = path.join('/usr/lib', triplet, 'sunpinyin/data')
      if (triplet.endsWith('-linux-gnu') && existsSync(dir)) return dir
    }
  } catch {
    // No /usr/lib (not a Debian-like system): the default, which then yields no model.
  }
  return DEFAULT_MODEL_DIR
}

function load(dir: string): LanguageModel | null {
  const modelFile = path.join(dir, 'lm_sc.t3g')
  const lexiconFile = path.join(dir, 'pydict_sc.bin')
  if (!existsSync(modelFile) || !existsSync(lexiconFile)) return null
  try {
    return open(modelFile, lexiconFile)
  } catch {
    return null
  }
}

const ROOT: ModelState = { level: 0, index: 0 }

function open(modelFile: string, lexiconFile: string): LanguageModel {
  const model = loadTrigramModel(modelFile)
  const unigram = new Float64Array(1 << 18)
  for (const [id, probability] of model.unigrams()) unigram[id] = probability
  // A few words are listed twice (under two readings): keep the id the model knows better.
  const lexicon = loadTrigramLexicon(lexiconFile, (a, b) => unigram[a]! >= unigram[b]!)

  const stateAfter = (history: readonly number[]) => {
    let state = ROOT
    for (const id of history.slice(-2)) state = model.history(model.transfer(state, id).next)
    return state
  }
  const tokens = (word: string) => tokensOf(word, lexicon.idOf)

  return {
    wordId: lexicon.idOf,
    word: lexicon.wordOf,
    vocabularySize: lexicon.size,
    logProb: (history, word) => Math.log(model.transfer(stateAfter(history), word).probability),
    score(words, from = 0, to = words.length) {
      const before = words.slice(Math.max(0, from - 2), from).flatMap(tokens)
      let state = stateAfter(before)
      let total = 0
      for (const word of words.slice(from, to))
        for (const id of tokens(word)) {
          const { probability, next } = model.transfer(state, id)
          total += Math.log(probability)
          state = model.history(next)
        }
      return total
    },
    scoreText: (text) => readingScore(model, lexicon, text),
  }
}

/** The ids a word is scored as: itself, or its characters with runs of unknown ones as UNKNOWN_WORD. */
function tokensOf(word: string, idOf: (word: string) => number | undefined): number[] {
  const id = idOf(word)
  if (id !== undefined) return [id]
  const ids: number[] = []
  for (const character of word) {
    const known = idOf(character)
    if (known !== undefined) ids.push(known)
    else if (ids.at(-1) !== UNKNOWN_WORD) ids.push(UNKNOWN_WORD)
  }
  return ids
}
