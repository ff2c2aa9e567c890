// Word boundaries of a run of Chinese characters (module 24): the most likely reading of the run as lexicon
// words (jieba's frequencies, lexicon.ts; a unigram model, like contextGain), as the boundaries between them.
// Pure and quick (one pass over the run, words of up to four characters): the near-miss rules for protected
// names ask it only when they have a candidate, so that 健全人民代表大会 is read 健全 | 人民代表大会 and not
// as 全国人民代表大会 missing 国.
import { clauseWindow, unigramModel, wordsAt } from './lexicon.ts'
import { normalise } from './normalise.ts'

/**
 * Boundaries of the best segmentation of `run`: `result[i]` is true when a word starts at `i`
 * (`result[0]` and `result[run.length]` are always true). Characters the lexicon lacks stand alone.
 */
export function wordStarts(run: string): boolean[] {
  const model = unigramModel()
  const n = run.length
  const best = new Float64Array(n + 1).fill(-Infinity)
  const from = new Int32Array(n + 1)
  best[0] = 0
  const words = new Float64Array(5)
  for (let i = 0; i < n; i++) {
    const score = best[i]!
    if (score === -Infinity) continue
    wordsAt(model, run, i, words)
    for (let size = 1; size <= 4; size++)
      if (score + words[size]! > best[i + size]!) {
        best[i + size] = score + words[size]!
        from[i + size] = i
      }
  }
  const starts = new Array<boolean>(n + 1).fill(false)
  starts[0] = starts[n] = true
  for (let end = n; end > 0; end = from[end]!) starts[from[end]!] = true
  return starts
}

/** Chinese characters either side that `standsAsWords` reads to place the span among its neighbours. */
const AROUND = 6

/**
 * Whether [offset, offset + length) of `text` starts and ends at word boundaries of the best segmentation of
 * its clause (up to six Chinese characters either side): 截止目前 is 截止 | 目前, whereas 以经 in 以经济发展
 * ends inside 经济.
 */
export function standsAsWords(text: string, offset: number, length: number): boolean {
  const { from, to } = clauseWindow(text, offset, length, AROUND)
  const starts = wordStarts(normalise(text.slice(from, to)))
  return starts[offset - from]! && starts[offset + length - from]!
}
