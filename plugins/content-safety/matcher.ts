// Sensitive-word matching in one pass (module 23): an Aho–Corasick automaton over normalised text
// (normalise.ts), so evasions by width, case, traditional characters and noise between characters are
// matched as the plain word. Each finding points into the original text (offset and length there).
// Allow-list entries (e.g. 数据安全法 around a listed shorter word) suppress the findings they cover.
import { normalTable, normalise, SKIP } from './normalise.ts'

import type { Level } from './terms.ts'

export type { Level }

/** A listed word; `kind` and `note` are carried through to its findings (the checker's entry kinds). */
export type Entry = { word: string; category: string; level: Level; replacement?: string | null; kind?: string; note?: string | null }

export type Finding = { word: string; category: string; level: Level; replacement?: string | null; kind?: string; note?: string | null; offset: number; length: number; text: string }

const ROOT = 0

export class Matcher {
  /** Root transitions as a direct table; other states' transitions in small maps. */
  private readonly rootNext = new Int32Array(65536).fill(-1)
  private readonly next: Map<number, number>[] = [new Map()]
  private readonly fail: number[] = [ROOT]
  /** Entry index ending at the state (or -1), and the nearest state on the failure chain that ends an entry. */
  private readonly ends: number[] = [-1]
  private readonly outLink: number[] = [-1]
  private readonly depth: number[] = [0]
  private readonly entries: (Entry & { allow: boolean })[] = []
  readonly longest: number

  constructor(words: Entry[], allow: string[] = []) {
    let longest = 1
    const add = (key: string, entry: Entry & { allow: boolean }) => {
      if (!key) return
      let state = ROOT
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i)
        let target = state === ROOT ? this.rootNext[code]! : (this.next[state]!.get(code) ?? -1)
        if (target === -1) {
          target = this.next.length
          this.next.push(new Map())
          this.fail.push(ROOT)
          this.ends.push(-1)
          this.outLink.push(-1)
          this.depth.push(this.depth[state]! + 1)
          if (state === ROOT) this.rootNext[code] = target
          else this.next[state]!.set(code, target)
        }
        state = target
      }
      // The same normalised key twice: the stronger level wins.
      const existing = this.ends[state]!
      if (existing === -1) {
        this.ends[state] = this.entries.length
        this.entries.push(entry)
      } else if (rank(entry) < rank(this.entries[existing]!)) this.entries[existing] = entry
      longest = Math.max(longest, key.length)
    }
    for (const entry of words) add(normalise(entry.word), { ...entry, allow: false })
    for (const word of allow) add(normalise(word), { word, category: 'allow', level: 'notice', allow: true })
    this.longest = longest
    this.link()
  }

  /** Failure and output links, breadth first. */
  private link(): void {
    const queue: number[] = []
    for (let code = 0; code < 65536; code++) {
      const child = this.rootNext[code]!
      if (child !== -1) queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      for (const [code, child] of this.next[state]!) {
        let f = this.fail[state]!
        while (f !== ROOT && !this.next[f]!.has(code)) f = this.fail[f]!
        const target = f === ROOT ? this.rootNext[code]! : this.next[f]!.get(code)!
        this.fail[child] = target === -1 || target === child ? ROOT : target
        const via = this.fail[child]!
        this.outLink[child] = this.ends[via] !== -1 ? via : this.outLink[via]!
        queue.push(child)
      }
    }
  }

  /** Distinct listed words (after normalisation), allow-list entries not counted. */
  get size(): number {
    return this.entries.filter((entry) => !entry.allow).length
  }

  /** Every finding in `text`, in order, with `context` characters either side. */
  scan(text: string, context = 10): Finding[] {
    return this.scanAll(text, context).findings
  }

  /** The findings, and the spans of allow-list entries in the text (which the caller may apply to other checks). */
  scanAll(text: string, context = 10): { findings: Finding[]; allowed: [number, number][] } {
    const map = normalTable()
    const window = this.longest
    // Original offsets of the last `window` normalised characters, to map a match back to the text.
    const origin = new Int32Array(window)
    const hits: { entry: number; start: number; end: number }[] = []
    let state = ROOT
    let seen = 0
    for (let i = 0; i < text.length; i++) {
      const code = map[text.charCodeAt(i)]!
      if (code === SKIP) continue
      origin[seen % window] = i
      seen++
      for (;;) {
        const target = state === ROOT ? this.rootNext[code]! : (this.next[state]!.get(code) ?? -1)
        if (target !== -1) {
          state = target
          break
        }
        if (state === ROOT) break
        state = this.fail[state]!
      }
      for (let s = this.ends[state] !== -1 ? state : this.outLink[state]!; s !== -1 && s !== undefined; s = this.outLink[s]!) {
        const length = this.depth[s]!
        hits.push({ entry: this.ends[s]!, start: origin[(seen - length) % window]!, end: i + 1 })
      }
    }
    if (!hits.length) return { findings: [], allowed: [] }
    const allowed = hits.filter((hit) => this.entries[hit.entry]!.allow).map((hit): [number, number] => [hit.start, hit.end])
    const findings = hits
      .filter((hit) => !this.entries[hit.entry]!.allow && !allowed.some(([start, end]) => start <= hit.start && end >= hit.end))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((hit) => {
        const { word, category, level, replacement, kind, note } = this.entries[hit.entry]!
        return {
          word, category, level, replacement, kind, note, offset: hit.start, length: hit.end - hit.start,
          text: text.slice(Math.max(0, hit.start - context), hit.end + context),
        }
      })
    return { findings, allowed }
  }
}

const RANK: Record<Level, number> = { block: 0, review: 1, notice: 2 }
const rank = (entry: Entry & { allow: boolean }) => (entry.allow ? -1 : RANK[entry.level])
