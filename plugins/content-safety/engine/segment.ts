// Word boundaries of a run of Chinese characters (module 24): the most likely reading of the run as lexicon
// words (jieba's frequencies, lexicon.ts; a unigram model, like contextGain), as the boundaries between them.
// Pure and quick (one pass over the run, words of up to four characters): the near-miss rules for protected
// names ask it only when they have a candidate, so that 健全人民代表大会 is read 健全 | 人民代表大会 and not
// as 全国人民代表大会 missing 国.
import { lexiconWords } from './lexicon.ts'

let total = 0

/**
 * Boundaries of the best segmentation of `run`: `result[i]` is true when a word starts at `i`
 * (`result[0]` and `result[run.length]` are always true). Characters the lexicon lacks stand alone.
 */
export function wordStarts(run: string): boolean[] {
  const words = lexiconWords()
  if (!total) for (const freq of words.values()) total += freq
  const n = run.length
  const best = new Float64Array(n + 1).fill(-Infinity)
  const from = new Int32Array(n + 1)
  best[0] = 0
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue
    for (let size = 1; size <= 4 && i + size <= n; size++) {
      const freq = words.get(run.slice(i, i + size))
      if (!freq && size > 1) continue
      const score = best[i]! + Math.log((freq ?? 0.5) / total)
      if (score > best[i + size]!) {
        best[i + size] = score
        from[i + size] = i
      }
    }
  }
  const starts = new Array<boolean>(n + 1).fill(false)
  starts[0] = starts[n] = true
  for (let end = n; end > 0; end = from[end]!) starts[from[end]!] = true
  return starts
}

/** The words of `run` in its best segmentation, each with where it starts. */
export function segments(run: string): { word: string; start: number }[] {
  const starts = wordStarts(run)
  const out: { word: string; start: number }[] = []
  let start = 0
  for (let i = 1; i <= run.length; i++)
    if (starts[i]) {
      out.push({ word: run.slice(start, i), start })
      start = i
    }
  return out
}
