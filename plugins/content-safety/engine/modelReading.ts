// The most likely reading of a text as words of the trigram model's lexicon, and its log-probability: a
// Viterbi search over (position, model state), as SunPinyin's own segmenter does. The model was trained on
// text cut by its lexicon (国际形势 is one word there), so a text is scored fairly only when cut the same way.
import type { TrigramLexicon } from './trigramLexicon.ts'
import type { ModelState, TrigramModel } from './trigramModel.ts'

/** The model's id for a run of characters its lexicon lacks (see languageModel.ts). */
const UNKNOWN_WORD = 0
/** Histories kept per position, best first: enough for any real sentence, a bound for pathological text. */
const BEAM = 16

type Path = { score: number; state: ModelState }

/**
 * ln P of `text` (from the start of a sentence) under its best segmentation into lexicon words; each run of
 * characters the lexicon lacks is one unknown-word token. 0 for empty text.
 */
export function readingScore(model: TrigramModel, lexicon: TrigramLexicon, text: string): number {
  const characters = Array.from(text)
  const n = characters.length
  const paths: Map<number, Path>[] = Array.from({ length: n + 1 }, () => new Map())
  paths[0]!.set(0, { score: 0, state: { level: 0, index: 0 } })
  for (let start = 0; start < n; start++) {
    const here = [...paths[start]!.values()].sort((a, b) => b.score - a.score).slice(0, BEAM)
    for (const [end, id] of wordsAt(lexicon, characters, start))
      for (const { score, state } of here) {
        const { probability, next } = model.transfer(state, id)
        const history = model.history(next)
        const key = history.level * 0x1000000 + history.index
        const total = score + Math.log(probability)
        const seen = paths[end]!.get(key)
        if (!seen || seen.score < total) paths[end]!.set(key, { score: total, state: history })
      }
  }
  let best = n ? -Infinity : 0
  for (const { score } of paths[n]!.values()) best = Math.max(best, score)
  return best
}

/** [end, id] of every lexicon word starting at `start`, or of the run of unknown characters starting there. */
function wordsAt(lexicon: TrigramLexicon, characters: string[], start: number): [number, number][] {
  if (lexicon.idOf(characters[start]!) === undefined) {
    let end = start + 1
    while (end < characters.length && lexicon.idOf(characters[end]!) === undefined) end++
    return [[end, UNKNOWN_WORD]]
  }
  const found: [number, number][] = []
  let word = ''
  for (let end = start + 1; end <= Math.min(characters.length, start + lexicon.longest); end++) {
    word += characters[end - 1]
    const id = lexicon.idOf(word)
    if (id !== undefined) found.push([end, id])
  }
  return found
}
