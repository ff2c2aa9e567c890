// A frequency lexicon of Chinese words (1–4 characters): jieba's dictionary (MIT), read from the
// @node-rs/jieba package. It tells the typo check which strings are words, and which words are frequent
// enough that a near-miss of them is likely a slip.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const HAN = /^[\u3400-\u9fff]{1,4}$/u

let lexicon: Map<string, number> | undefined

/** Word → frequency (loaded on first use, ~0.5 s). */
export function lexiconWords(): Map<string, number> {
  if (lexicon) return lexicon
  // From the working directory (the repository root), like the confusion sets: not traced into the admin's bundle.
  const file = path.resolve(process.cwd(), 'node_modules/@node-rs/jieba/dict.txt')
  const map = new Map<string, number>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, freq] = line.split(' ')
    if (word && HAN.test(word)) map.set(word, Number(freq) || 1)
  }
  return (lexicon = map)
}

/**
 * Whether the character at `at` in `run` belongs to a word of the lexicon that reaches outside the window
 * [start, start + length): then it is most likely written as meant (财政补贴 is not a slip of 财政部).
 */
export function partOfAnotherWord(words: Map<string, number>, run: string, at: number, start: number, length: number): boolean {
  for (let size = 2; size <= 4; size++) {
    for (let from = at - size + 1; from <= at; from++) {
      if (from < 0 || from + size > run.length) continue
      if (from >= start && from + size <= start + length) continue
      if (words.has(run.slice(from, from + size))) return true
    }
  }
  return false
}
