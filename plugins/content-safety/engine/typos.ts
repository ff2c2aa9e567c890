// Likely typos in context (module 24): a frequent word written with one character replaced by a
// confusable one (朋唷 for 朋友, 再接再励 for 再接再厉), found as near-misses of the lexicon's frequent words.
// To keep false alarms rare, a candidate is dropped when the text there is a word itself, or when the
// corrected text does not read clearly better than what is written (lexicon.ts, contextGain): 有什么 is
// 有 + 什么, not a slip of 有时.
import { confusable } from './confusion.ts'
import { contextGain, isPersonName, lexiconWords } from './lexicon.ts'
import { NearMisses } from './nearMiss.ts'

export type Typo = {
  found: string
  suggestion: string
  offset: number
  length: number
  confidence: number
}

/**
 * Which words are checked for slips (jieba counts), and how much more plausible (log-probability,
 * contextGain) the text must read corrected for a slip to be reported. Chosen on SIGHAN 2015's training set
 * (its erroneous sentences, and their corrections as clean text) for the best recall at a precision of at
 * least 0.9 there; never on its test set.
 */
const MIN_FREQUENCY = { 2: 100, 3: 30, 4: 10 } as Record<number, number>
const MIN_GAIN = 7

export class TypoChecker {
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
      const gain = contextGain(text, slip.offset, slip.length, slip.term.word)
      if (gain < MIN_GAIN) continue
      used.push([slip.offset, slip.offset + slip.length])
      typos.push({
        found: slip.found,
        suggestion: slip.term.word,
        offset: slip.offset,
        length: slip.length,
        confidence: confidenceOf(gain),
      })
    }
    return typos.sort((a, b) => a.offset - b.offset)
  }
}

/** The more plausible the corrected text, the surer the finding: 7 → 0.58, 10 → 0.71, 15 → 0.85, 20 → 0.92. */
const confidenceOf = (gain: number) => Math.round((1 - Math.exp(-gain / 8)) * 100) / 100
