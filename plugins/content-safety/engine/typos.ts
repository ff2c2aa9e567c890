// Likely typos in context (module 24): a frequent word written with one character replaced by a
// confusable one (朋唷 for 朋友, 再接再励 for 再接再厉), found as near-misses of the lexicon's frequent words.
// To keep false alarms rare, a candidate is dropped when the text there is a word itself, or when the
// corrected text does not read clearly better than what is written (lexicon.ts, contextGain): 有什么 is
// 有 + 什么, not a slip of 有时.
import { confusable } from './confusion.ts'
import { officialCorpus } from './corpus.ts'
import { normalise } from './normalise.ts'
import { RealWordChecker } from './realWords.ts'
import { languageModel } from './languageModel.ts'
import { contextGain, isPersonName, lexiconWords, modelGain } from './lexicon.ts'
import { NearMisses } from './nearMiss.ts'

export type Typo = {
  found: string
  suggestion: string
  offset: number
  length: number
  confidence: number
}

/**
 * Which words are checked for slips (jieba counts): chosen on SIGHAN 2015's training set for the best recall at
 * a precision of at least 0.9 there; never on its test set.
 */
const MIN_FREQUENCY = { 2: 100, 3: 30, 4: 10 } as Record<number, number>
/**
 * How much more plausible the text must read corrected (contextGain, the unigram reading) for a slip to be
 * reported: MIN_GAIN alone, or — where the word trigram model is installed — MIN_GAIN_WITH_MODEL when the
 * model agrees by at least MIN_MODEL_GAIN (modelGain). Without the model the threshold is the one chosen on
 * SIGHAN 2015's training set; with it, the pair was chosen on the official-style development set
 * (scripts/eval-data/official/dev) for the best recall with at most its old false alarms; never on the
 * held-out set.
 */
const MIN_GAIN = 7
const MIN_GAIN_MODEL_ALONE = 8
const MIN_GAIN_WITH_MODEL = 5
const MIN_MODEL_GAIN = 7
/** A written string found this often in the official corpus (corpus.ts) is taken as written. */
const KNOWN_IN_CORPUS = 2
/** A number's unit after digits (1700亿件, 3万个) is no slip of a word starting there (一件). */
const AFTER_DIGITS = /[0-9０-９][亿万千百十]$/u
/** A numeral before a measure word (十件, 两项, 三个) is a number, no slip (好十 is no 好事 in 办好十件实事). */
const NUMBER = /[一二三四五六七八九十两百千万亿][件个项条家次名位批座所类种份台套户元场轮届]/u

export class TypoChecker {
  private readonly corpus = officialCorpus()
  private readonly model = languageModel()
  private readonly realWords = new RealWordChecker(this.corpus, this.model)
  private readonly nearMisses: NearMisses<{ word: string; freq: number }>

  constructor() {
    const words = lexiconWords()
    const frequent = [...words]
      // A person's name is no slip's target: 刘志远 is someone else, not 刘知远 misspelt.
      .filter(
        ([word, freq]) => freq >= (MIN_FREQUENCY[word.length] ?? Infinity) && !isPersonName(word),
      )
      .map(([word, freq]) => ({ word, freq }))
    this.nearMisses = new NearMisses(frequent, {
      confusable: confusable(),
      isWord: (text) => words.has(text),
      minLength: 2,
    })
  }

  get size(): number {
    return this.nearMisses.size
  }

  check(text: string): Typo[] {
    // Where candidates overlap, the longer (then more frequent) word wins.
    const slips = this.nearMisses
      .scan(text)
      .sort((a, b) => b.term.word.length - a.term.word.length || b.term.freq - a.term.freq)
    const used: [number, number][] = []
    const typos: Typo[] = []
    for (const slip of slips) {
      const at = slip.offset + slip.at
      if (used.some(([start, end]) => at >= start && at < end)) continue
      // Official text writes it so (提质升级, 带量采购, 因城施策): no slip, whatever the lexicon lacks.
      if (this.writtenSo(text, slip.offset, slip.length)) continue
      if (AFTER_DIGITS.test(text.slice(Math.max(0, slip.offset - 1), slip.offset + 1))) continue
      if (NUMBER.test(text.slice(slip.offset, slip.offset + slip.length + 1))) continue
      const gain = this.gain(text, slip.offset, slip.length, slip.term.word)
      if (gain === null) continue
      used.push([slip.offset, slip.offset + slip.length])
      typos.push({
        found: slip.found,
        suggestion: slip.term.word,
        offset: slip.offset,
        length: slip.length,
        confidence: confidenceOf(gain),
      })
    }
    // Valid words wrong in context (国际形式), where no slip was found.
    for (const error of this.realWords.check(text)) {
      if (used.some(([start, end]) => error.offset < end && start < error.offset + error.length))
        continue
      typos.push({
        found: error.found,
        suggestion: error.suggestion,
        offset: error.offset,
        length: error.length,
        confidence: confidenceOf(MIN_GAIN + error.evidence),
      })
    }
    return typos.sort((a, b) => a.offset - b.offset)
  }

  /**
   * Whether official text (the corpus) writes the window as it stands: the window itself often enough, or a
   * two-character window with the character before or after it (加力提效 attests 提效 after 力; 可以经 does
   * not attest 以经 before 完).
   */
  private writtenSo(text: string, offset: number, length: number): boolean {
    const found = normalise(text.slice(offset, offset + length))
    if (this.corpus.string(found) >= KNOWN_IN_CORPUS) return true
    if (found.length !== 2) return false
    const before = normalise(text.slice(Math.max(0, offset - 1), offset))
    const after = normalise(text.slice(offset + length, offset + length + 1))
    return (
      (before.length === 1 && this.corpus.string(before + found) > 0) ||
      (after.length === 1 && this.corpus.string(found + after) > 0)
    )
  }

  /** The unigram gain of the correction when it is enough (see MIN_GAIN), else null. */
  private gain(text: string, offset: number, length: number, suggestion: string): number | null {
    const gain = contextGain(text, offset, length, suggestion)
    if (!this.model) return gain >= MIN_GAIN ? gain : null
    if (gain >= MIN_GAIN_MODEL_ALONE) return gain
    if (gain < MIN_GAIN_WITH_MODEL) return null
    return modelGain(this.model, text, offset, length, suggestion) >= MIN_MODEL_GAIN ? gain : null
  }
}

/** The more plausible the corrected text, the surer the finding: 7 → 0.58, 10 → 0.71, 15 → 0.85, 20 → 0.92. */
const confidenceOf = (gain: number) => Math.round((1 - Math.exp(-gain / 8)) * 100) / 100
