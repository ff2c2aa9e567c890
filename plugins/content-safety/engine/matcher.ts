// Sensitive-word matching in one pass (module 23): an Aho–Corasick automaton over normalised text
// (normalise.ts), so evasions by width, case, traditional characters and noise between characters are
// matched as the plain word. Each finding points into the original text (offset and length there).
// Allow-list entries (e.g. 数据安全法 around a listed shorter word) suppress the findings they cover.
import { foldAstral, normalTable, normalise, SKIP, startsCluster } from './normalise.ts'
import { homophoneForms, latinForms } from './pinyin.ts'
import { textAround } from '../../../contracts/text/index.ts'

import { LEVEL_RANK, type Level } from './terms.ts'

export type { Level }

/**
 * A listed word; `listType` and `note` are carried through to its findings (the dictionary's list types). With
 * `pinyin`, its pinyin, initials and mixes of syllables and characters (pinyin.ts) are matched too, as whole
 * words; with `homophones`, the word with one character replaced by a homophone (at the entry's own level).
 */
export type Entry = {
  word: string
  category: string
  level: Level
  replacement?: string | null
  listType?: string
  note?: string | null
  pinyin?: boolean | null
  homophones?: boolean | null
}

export type Finding = {
  word: string
  category: string
  level: Level
  replacement?: string | null
  listType?: string
  note?: string | null
  offset: number
  length: number
  text: string
  /** Found written in pinyin or its initials. */
  latin?: boolean
  /** Found with one character replaced by a homophone. */
  homophone?: boolean
}

/** An entry with the identity it is updated and removed by (the dictionary row's id). */
export type KeyedEntry = Entry & { id: string; allow?: boolean }

type Stored = Entry & { allow: boolean; latin?: boolean; homophone?: boolean }

const ROOT = 0

/**
 * How many noise characters (grapheme clusters: an emoji with its joiners and variation selectors is one) may
 * stand between two characters of a listed word: 3. Measured (bench/safety-gap.ts) on the official-style texts
 * (../shared/seeds, 32,865 characters) with the lexicon's 30,812 frequent words as a stand-in dictionary: of
 * the words matched across noise (digits inside a word count as noise), 67 crossed 1 noise character, 10
 * crossed 2, 1 crossed 3 and 16 crossed 4 to 9 — and every match across 2 or more crossed a line break, most
 * with a list number (理。\n（3）应), none was
 * a word. Evasions put one symbol or emoji between characters (全🔥网), at most padded with a space either
 * side (全 🔥 网: 3). So 3 catches every padded evasion and stops before the joins that only paragraph breaks
 * and numbering make.
 */
export const MAX_GAP = 3

export class Matcher {
  /** Root transitions as a direct table; other states' transitions in small maps. */
  private readonly rootNext = new Int32Array(65536).fill(-1)
  private readonly next: Map<number, number>[] = [new Map()]
  private readonly fail: number[] = [ROOT]
  /** The entry ending at the state (the strongest of those with this normalised key), if any. */
  private readonly ends: (Stored | undefined)[] = [undefined]
  /** The nearest state on the failure chain that ends an entry (or -1). */
  private readonly outLink: number[] = [-1]
  private readonly depth: number[] = [0]
  /** For updates: each state's parent and the character into it, the states by last character and by depth. */
  private readonly parent: number[] = [-1]
  private readonly char: number[] = [0]
  private readonly byLast = new Map<number, number[]>()
  private readonly levels: number[][] = [[ROOT]]
  /** Each entry by id with the state it ends at, and the ids ending at each state (several words can normalise alike). */
  private readonly byId = new Map<string, { state: number; entry: Stored }>()
  private readonly members = new Map<number, string[]>()
  /** The ids of each entry's other spellings (pinyin, homophones), to remove them with it. */
  private readonly forms = new Map<string, string[]>()
  private readonly maxGap: number
  private listed = 0
  /** The longest key, the window a scan keeps of original offsets. */
  private longest = 1

  /** `words` may carry ids (to update them later) and allow-list entries among them; `allow` adds more. */
  /** `maxGap`: noise characters allowed between two characters of a word (MAX_GAP; other values only to measure it). */
  constructor(words: (Entry & Partial<KeyedEntry>)[], allow: string[] = [], maxGap = MAX_GAP) {
    this.maxGap = maxGap
    words.forEach((entry, i) => this.putAll(entry.id ?? `#${i}`, entry, entry.allow ?? false))
    allow.forEach((word) =>
      this.putAll(`allow:${word}`, { word, category: 'allow', level: 'notice' }, true),
    )
    this.link()
  }

  /**
   * Changes the automaton in place (the dictionary changed): entries added or changed, entries removed by id.
   * New trie states get their failure links, existing states whose longest matching suffix is now one of
   * the new states are pointed at it, and the output links are redone; nothing is rebuilt.
   */
  update(changes: { put?: KeyedEntry[]; remove?: string[] }): void {
    for (const id of changes.remove ?? []) this.takeAll(id)
    for (const entry of changes.put ?? []) {
      this.takeAll(entry.id)
      for (const state of this.putAll(entry.id, entry, entry.allow ?? false)) this.linkNew(state)
    }
    this.linkOutputs()
  }

  /** An entry and its other spellings (when asked for); the states created, shallowest first per key. */
  private putAll(id: string, entry: Entry, allow: boolean): number[] {
    const fresh = this.put(id, normalise(entry.word), { ...entry, allow })
    if (allow) return fresh
    const ids: string[] = []
    const add = (form: string, how: 'latin' | 'homophone') => {
      const formId = `${id}#${ids.length}`
      ids.push(formId)
      fresh.push(...this.put(formId, normalise(form), { ...entry, allow, [how]: true }))
    }
    if (entry.pinyin) for (const form of latinForms(entry.word)) add(form, 'latin')
    if (entry.homophones) for (const form of homophoneForms(entry.word)) add(form, 'homophone')
    if (ids.length) this.forms.set(id, ids)
    return fresh
  }

  private takeAll(id: string): void {
    this.take(id)
    for (const form of this.forms.get(id) ?? []) this.take(form)
    this.forms.delete(id)
  }

  /** Adds a key to the trie for an entry; returns the states it created (shallowest first). */
  private put(id: string, key: string, entry: Stored): number[] {
    if (!key) return []
    const fresh: number[] = []
    let state = ROOT
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let target = state === ROOT ? this.rootNext[code]! : (this.next[state]!.get(code) ?? -1)
      if (target === -1) {
        target = this.next.length
        const depth = this.depth[state]! + 1
        this.next.push(new Map())
        this.fail.push(ROOT)
        this.ends.push(undefined)
        this.outLink.push(-1)
        this.depth.push(depth)
        this.parent.push(state)
        this.char.push(code)
        const same = this.byLast.get(code)
        if (same) same.push(target)
        else this.byLast.set(code, [target])
        ;(this.levels[depth] ??= []).push(target)
        if (state === ROOT) this.rootNext[code] = target
        else this.next[state]!.set(code, target)
        fresh.push(target)
      }
      state = target
    }
    const members = this.members.get(state)
    if (members) members.push(id)
    else this.members.set(state, [id])
    this.byId.set(id, { state, entry })
    this.settle(state)
    this.longest = Math.max(this.longest, key.length)
    return fresh
  }

  /** Removes an entry by id (its trie states stay: harmless, and still correctly linked). */
  private take(id: string): void {
    const state = this.byId.get(id)?.state
    if (state === undefined) return
    this.byId.delete(id)
    const members = this.members.get(state)!.filter((other) => other !== id)
    if (members.length) this.members.set(state, members)
    else this.members.delete(state)
    this.settle(state)
  }

  /** The entry a state reports: an allow-list entry first, then the strongest level. */
  private settle(state: number): void {
    const before = this.ends[state]
    let best: Stored | undefined
    for (const id of this.members.get(state) ?? []) {
      const { entry } = this.byId.get(id)!
      // At equal rank the word as listed reports rather than another entry's spelling of it.
      if (
        !best ||
        rank(entry) < rank(best) ||
        (rank(entry) === rank(best) && variant(best) > variant(entry))
      )
        best = entry
    }
    this.ends[state] = best
    const counts = (entry: Stored | undefined) =>
      Number(Boolean(entry && !entry.allow && !entry.latin && !entry.homophone))
    this.listed += counts(best) - counts(before)
  }

  private step(state: number, code: number): number {
    return state === ROOT ? this.rootNext[code]! : (this.next[state]!.get(code) ?? -1)
  }

  /** Failure link of a state from its parent's, as in the breadth-first construction. */
  private failOf(state: number): number {
    if (this.parent[state] === ROOT) return ROOT
    const code = this.char[state]!
    let f = this.fail[this.parent[state]!]!
    while (f !== ROOT && this.step(f, code) === -1) f = this.fail[f]!
    const target = this.step(f, code)
    return target === -1 || target === state ? ROOT : target
  }

  /** Does the text of state `s` end with the text of state `p`? (Walks both up the trie.) */
  private endsWith(s: number, p: number): boolean {
    while (p !== ROOT) {
      if (this.char[s] !== this.char[p]) return false
      s = this.parent[s]!
      p = this.parent[p]!
    }
    return true
  }

  /** A new state: its own failure link, and it becomes the failure link of deeper states ending with its text. */
  private linkNew(state: number): void {
    this.fail[state] = this.failOf(state)
    const depth = this.depth[state]!
    for (const other of this.byLast.get(this.char[state]!)!) {
      if (this.depth[other]! <= depth || this.depth[this.fail[other]!]! >= depth) continue
      if (this.endsWith(other, state)) this.fail[other] = state
    }
  }

  /** Failure links, breadth first (construction). */
  private link(): void {
    for (let d = 1; d < this.levels.length; d++)
      for (const state of this.levels[d]!) this.fail[state] = this.failOf(state)
    this.linkOutputs()
  }

  /** Output links, shallowest states first. */
  private linkOutputs(): void {
    for (let d = 1; d < this.levels.length; d++) {
      for (const state of this.levels[d]!) {
        const via = this.fail[state]!
        this.outLink[state] = via !== ROOT && this.ends[via] ? via : this.outLink[via]!
      }
    }
  }

  /** Distinct listed words (after normalisation), allow-list entries not counted. */
  get size(): number {
    return this.listed
  }

  /** Every finding in `text`, in order, with `context` characters either side. */
  scan(text: string, context = 10): Finding[] {
    return this.scanAll(text, context).findings
  }

  /** The findings, and the spans of allow-list entries in the text (which the caller may apply to other checks). */
  scanAll(text: string, context = 10): { findings: Finding[]; allowed: [number, number][] } {
    const hits = this.hitsOf(text)
    if (!hits.length) return { findings: [], allowed: [] }
    const map = normalTable()
    // Pinyin forms only as whole Latin words: flg inside reflge is no finding (a digit next to it may be a tone: gong1).
    const letter = (at: number) =>
      at >= 0 && at < text.length && isLetter(map[text.charCodeAt(at)]!)
    const whole = (hit: Hit) => !hit.entry.latin || (!letter(hit.start - 1) && !letter(hit.end))
    const allowed = hits
      .filter((hit) => hit.entry.allow)
      .map((hit): [number, number] => [hit.start, hit.end])
    const findings = hits
      .filter(
        (hit) =>
          !hit.entry.allow &&
          whole(hit) &&
          !allowed.some(([start, end]) => start <= hit.start && end >= hit.end),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((hit) => findingOf(hit, text, context))
    return { findings, allowed }
  }

  /**
   * The automaton's pass over the text, code point by code point, folded (normalise.ts): every entry ending
   * anywhere, as a span of the original text. Noise between two characters of a word is passed over, up to
   * MAX_GAP characters as the reader sees them; a digit that does not continue the word being matched counts
   * as noise too (法1轮2功, fa3lun2gong1).
   */
  private hitsOf(text: string): Hit[] {
    const map = normalTable()
    const window = this.longest
    // Original offsets of the last `window` normalised units, to map a match back to the text.
    const origin = new Int32Array(window)
    const hits: Hit[] = []
    let state = ROOT
    let seen = 0
    let gap = 0
    let joined = false
    for (let i = 0; i < text.length; i++) {
      const at = i
      let point = text.charCodeAt(i)
      if (point >= 0xd800 && point <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1)
        if (low >= 0xdc00 && low <= 0xdfff) {
          point = 0x10000 + ((point - 0xd800) << 10) + (low - 0xdc00)
          i++
        }
      }
      const code = point < 0x10000 ? map[point]! : foldAstral(point)
      if (
        code === SKIP ||
        (code >= 48 && code <= 57 && state !== ROOT && this.step(state, code) === -1)
      ) {
        if (state === ROOT) continue
        if (!joined && startsCluster(point)) gap++
        joined = point === 0x200d
        if (gap > this.maxGap) state = ROOT
        continue
      }
      gap = 0
      joined = false
      // A character beyond the BMP goes through the automaton as its two UTF-16 units (as its key was stored).
      const units = code < 0x10000 ? 1 : 2
      for (let u = 0; u < units; u++) {
        const unit = units === 1 ? code : u === 0 ? 0xd7c0 + (code >> 10) : 0xdc00 + (code & 0x3ff)
        origin[seen % window] = at
        seen++
        for (;;) {
          const target = state === ROOT ? this.rootNext[unit]! : (this.next[state]!.get(unit) ?? -1)
          if (target !== -1) {
            state = target
            break
          }
          if (state === ROOT) break
          state = this.fail[state]!
        }
        for (
          let s = this.ends[state] ? state : this.outLink[state]!;
          s !== -1;
          s = this.outLink[s]!
        ) {
          const length = this.depth[s]!
          hits.push({ entry: this.ends[s]!, start: origin[(seen - length) % window]!, end: i + 1 })
        }
      }
    }
    return hits
  }
}

/** An entry found in the text: `start` and `end` are offsets in the original text. */
type Hit = { entry: Stored; start: number; end: number }

const findingOf = (hit: Hit, text: string, context: number): Finding => {
  const { word, category, level, replacement, listType, note, latin, homophone } = hit.entry
  return {
    word,
    category,
    level,
    replacement,
    listType,
    note,
    ...(latin ? { latin } : {}),
    ...(homophone ? { homophone } : {}),
    offset: hit.start,
    length: hit.end - hit.start,
    text: textAround(text, hit.start, hit.end, context),
  }
}

/** a–z after normalisation (so full-width, upper case and accented too). */
const isLetter = (code: number) => code >= 97 && code <= 122
const variant = (entry: Stored) => Number(Boolean(entry.latin || entry.homophone))
const rank = (entry: Stored) => (entry.allow ? -1 : LEVEL_RANK[entry.level])
