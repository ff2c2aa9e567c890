// Real-word errors (issue 17 §4): a valid word that is wrong where it stands, most often a homophone picked
// from a pinyin input method's list (当前国际形式复杂多变 for 形势, 请及时反应情况 for 反映). The lexicon
// cannot see them — every word is a word — so the text around decides: a suspect is a two-character lexicon
// word (not a name) that, with one character replaced by a confusable one (same or similar sound, similar
// shape: confusion.ts), makes another frequent word; it is reported when official text (corpus.ts) writes
// the replacement next to the characters on either side and never the word as written, and the general word
// trigram model (languageModel.ts) does not read the replacement as clearly worse.
import { confusablesOf } from './confusion.ts'
import { officialCorpus, type CorpusCounts } from './corpus.ts'
import { languageModel, type LanguageModel } from './languageModel.ts'
import { isProperName, lexiconWords, pairKey, twoCharacterWords } from './lexicon.ts'
import { hanRuns } from './nearMiss.ts'

export type RealWordError = {
  found: string
  suggestion: string
  /** Where `found` is in the original text (UTF-16 offset) and how long. */
  offset: number
  length: number
  /** How often official text joins the suggestion to the neighbouring words here (the written word: never). */
  evidence: number
}

/** A suggestion must be a word at least this frequent in the lexicon (jieba counts). */
const MIN_SUGGESTION_FREQUENCY = 100
/**
 * How often the corpus must join the suggestion to its neighbours (word pairs and three-character strings
 * across the boundary), and how much worse (natural log) the trigram model may read the suggestion at most.
 * Chosen on the development set (scripts/eval-data/official/dev), never on the held-out set.
 */
export const MIN_EVIDENCE = 3
const MAX_MODEL_LOSS = 2
/** Characters of context either side for the trigram model's comparison. */
const MODEL_CONTEXT = 4
/**
 * Suspects are two-character words (形式, 反应, 权力, 截止: where input-method homophones mostly fall), read
 * against the character on either side: no segmentation needed, and every clause is read in one pass.
 */
const WORD = 2

export class RealWordChecker {
  private readonly corpus: CorpusCounts
  private readonly model: LanguageModel | null
  private readonly words = lexiconWords()
  /** Word → the frequent words one confusable character away (computed on first sight; official text repeats). */
  private readonly neighbours = new Map<string, string[]>()
  /** Two-character word (pair key) → its replacements, or null when it is no suspect. */
  private readonly suspects = new Map<number, string[] | null>()
  private readonly pairs = twoCharacterWords()

  constructor(corpus = officialCorpus(), model = languageModel()) {
    this.corpus = corpus
    this.model = model
  }

  /** Real-word errors in `text`, in order. */
  check(text: string): RealWordError[] {
    if (!this.corpus.characters) return []
    const out: RealWordError[] = []
    for (const run of hanRuns(text)) {
      const s = run.text
      for (let i = 0; i + WORD <= s.length; i++) {
        const neighbours = this.suspect(s, i)
        if (!neighbours) continue
        const word = s.slice(i, i + WORD)
        const before = s[i - 1] ?? ''
        const after = s[i + WORD] ?? ''
        if (this.support(word, before, after) > 0) continue
        let best: { suggestion: string; evidence: number } | undefined
        for (const suggestion of neighbours) {
          const evidence = this.support(suggestion, before, after)
          if (evidence < MIN_EVIDENCE || evidence <= (best?.evidence ?? 0)) continue
          if (this.modelLoss(s, i, word, suggestion) > MAX_MODEL_LOSS) continue
          best = { suggestion, evidence }
        }
        if (!best) continue
        const offset = run.origin[i]!
        const length = run.origin[i + WORD - 1]! + 1 - offset
        out.push({ found: text.slice(offset, offset + length), offset, length, ...best })
        i += WORD - 1
      }
    }
    return out
  }

  /**
   * How often the corpus has `word` after the character `before` and before the character `after` (the
   * three-character strings across each side; either side may be empty at the clause's edge).
   */
  private support(word: string, before: string, after: string): number {
    return (
      (before ? this.corpus.string(before + word) : 0) +
      (after ? this.corpus.string(word + after) : 0)
    )
  }

  /** How much less probable (natural log) the general model reads the clause with the suggestion; 0 without it. */
  private modelLoss(run: string, start: number, word: string, suggestion: string): number {
    if (!this.model) return 0
    const from = Math.max(0, start - MODEL_CONTEXT)
    const to = Math.min(run.length, start + word.length + MODEL_CONTEXT)
    const written = run.slice(from, to)
    const replaced = run.slice(from, start) + suggestion + run.slice(start + word.length, to)
    return this.model.scoreText(written) - this.model.scoreText(replaced)
  }

  /**
   * The replacements to weigh for the two characters at `i` of `s`, or null when they are no suspect (not a
   * word, a name, or no frequent confusable neighbour). Words are recognised by their pair key (lexicon.ts),
   * so a clause is read without making strings; a word's answer is remembered (at most one per lexicon word).
   */
  private suspect(s: string, i: number): string[] | null {
    const key = pairKey(s, i)
    if (key < 0 || !this.pairs.has(key)) return null
    let known = this.suspects.get(key)
    if (known !== undefined) return known
    const word = s.slice(i, i + WORD)
    known = null
    if (!isProperName(word)) {
      const neighbours = this.neighboursOf(word)
      if (neighbours.length) known = neighbours
    }
    this.suspects.set(key, known)
    return known
  }

  /** Frequent lexicon words that differ from `word` in one character, by a confusable one. */
  private neighboursOf(word: string): string[] {
    let list = this.neighbours.get(word)
    if (list) return list
    list = []
    for (let at = 0; at < word.length; at++)
      for (const ch of confusablesOf(word[at]!)) {
        const other = word.slice(0, at) + ch + word.slice(at + 1)
        if ((this.words.get(other) ?? 0) >= MIN_SUGGESTION_FREQUENCY && !isProperName(other))
          list.push(other)
      }
    this.neighbours.set(word, list)
    return list
  }
}
