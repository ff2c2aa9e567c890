// Counts from a corpus of correct official text (issue 17 §4): data/corpus/*.txt, written for this project in
// the style of government work reports, policy documents, news releases and notices (Apache-2.0; see
// data/README.md). It tells the typo check which strings official text uses as written (提质升级, 带量采购,
// 因城施策: no slip, whatever a general lexicon says), and which characters it writes around a word (际形势,
// 映情况) — the counts that catch a valid word used in the wrong place (国际形式).
// Read from the repository root like the other data files; loaded on first use.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { hanRuns } from './nearMiss.ts'

const DIR = path.resolve(process.cwd(), 'plugins/content-safety/engine/data/corpus')

export type CorpusCounts = {
  /** How often the string (two or three Chinese characters, normalised) occurs anywhere in the corpus. */
  string(s: string): number
  /** Clauses and characters read. */
  readonly clauses: number
  readonly characters: number
}

let counts: CorpusCounts | undefined

/** Counts of the corpus (loaded once per process; an empty corpus when the directory is missing). */
export function officialCorpus(): CorpusCounts {
  return (counts ??= load())
}

/** Two or three UTF-16 units as one exact number (16 bits each). */
const key = (s: string) => {
  let k = 0
  for (let i = 0; i < s.length; i++) k = k * 0x10000 + s.charCodeAt(i)
  return k + s.length * 2 ** 48
}

function load(): CorpusCounts {
  let files: string[] = []
  try {
    files = readdirSync(DIR).filter((f) => f.endsWith('.txt'))
  } catch {
    // No corpus: every count is 0 and the checks that use it stay silent.
  }
  const keys: number[] = []
  let clauses = 0
  let characters = 0
  for (const file of files)
    for (const run of hanRuns(readFileSync(path.join(DIR, file), 'utf8'))) {
      const s = run.text
      clauses++
      characters += s.length
      for (let i = 0; i + 1 < s.length; i++) {
        keys.push(key(s.slice(i, i + 2)))
        if (i + 2 < s.length) keys.push(key(s.slice(i, i + 3)))
      }
    }
  const sorted = Float64Array.from(keys).sort()
  return {
    string: (s) => (s.length < 2 || s.length > 3 ? 0 : countOf(sorted, key(s))),
    clauses,
    characters,
  }
}

/** How many times `k` is in the sorted array (two binary searches). */
function countOf(sorted: Float64Array, k: number): number {
  const bound = (strict: boolean) => {
    let lo = 0,
      hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < k || (strict && sorted[mid] === k)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return bound(true) - bound(false)
}
