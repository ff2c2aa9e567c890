// The whole content check of one text (modules 23, 24), from the dictionary's entries:
//   sensitive words, typo pairs (按装→安装, where the correction reads better in context), outdated formulations and names no longer in office — one
//   Aho–Corasick pass (matcher.ts); allow-list entries suppress every kind of finding they cover;
//   near-misses of protected terms (国名, 机构名, 领导人姓名职务, 固定表述) — always block (nearMiss.ts);
//   likely typos of frequent words, from the confusion sets (typos.ts) — notices with a suggestion;
//   secrecy markings and personal data (detectors.ts).
import { confusable } from './confusion.ts'
import { detect } from './detectors.ts'
import { PERSONAL_DATA_MASKS, PERSONAL_DATA_RULES } from '../../../contracts/personalData.ts'
import { textAround } from '../../../contracts/text/index.ts'
import { contextGain, lexiconWords, partOfAnotherWord } from './lexicon.ts'
import { Matcher, type KeyedEntry } from './matcher.ts'
import { NearMisses } from './nearMiss.ts'
import { DEFAULT_LEVEL, LEVEL_RANK, type EntryKind, type Level } from './terms.ts'
import { TypoChecker } from './typos.ts'

export type DictionaryRow = {
  id?: string
  word: string
  kind: EntryKind
  category?: string | null
  level?: Level | null
  replacement?: string | null
  note?: string | null
  pinyin?: boolean | null
}

/** `attachment`: an attached file whose text could not be read in full (see attachments.ts). */
export type FindingKind =
  'sensitive' | 'typo' | 'protected' | 'outdated' | 'retired' | 'secret' | 'personal' | 'attachment'

export type Finding = {
  kind: FindingKind
  level: Level
  /** The dictionary term (or what was detected). */
  word: string
  /** The text as written (personal data masked). */
  found: string
  category: string
  suggestion?: string | null
  /** For typos found through the confusion sets: how sure the check is (0–1). */
  confidence?: number
  offset: number
  length: number
  /** `found` with some context either side (personal data masked). */
  text: string
  /** What is wrong, for the editor. */
  message: string
}

const HOW = { substitute: '错字', swap: '字序颠倒', drop: '漏字' }

let typoChecker: TypoChecker | undefined
/** The frequent-word typo check is the same for every dictionary: built once per process (~0.5 s). */
const sharedTypoChecker = () => (typoChecker ??= new TypoChecker())

export class Checker {
  private readonly matcher: Matcher
  private readonly typos: TypoChecker
  private protectedTerms!: NearMisses<{ word: string; category: string }>
  private readonly protectedRows = new Map<string, DictionaryRow>()
  private readonly ids = new Set<string>()

  constructor(rows: DictionaryRow[], typos = sharedTypoChecker()) {
    this.typos = typos
    const keyed = rows.map((row, i) => ({ ...row, id: row.id ?? `#${i}` }))
    for (const row of keyed) {
      this.ids.add(row.id)
      if (row.kind === 'protected') this.protectedRows.set(row.id, row)
    }
    this.matcher = new Matcher(keyed.filter((row) => row.kind !== 'protected').map(entryOf))
    this.buildProtected()
  }

  get size(): number {
    return this.ids.size
  }

  /** The dictionary changed: rows added or changed, rows removed (by id). The automaton is updated in place. */
  update(changes: { put: (DictionaryRow & { id: string })[]; remove: string[] }): void {
    const put: KeyedEntry[] = []
    const remove = [...changes.remove]
    let protectedChanged = false
    for (const id of changes.remove) {
      this.ids.delete(id)
      protectedChanged = this.protectedRows.delete(id) || protectedChanged
    }
    for (const row of changes.put) {
      this.ids.add(row.id)
      if (row.kind === 'protected') {
        this.protectedRows.set(row.id, row)
        remove.push(row.id)
        protectedChanged = true
      } else {
        protectedChanged = this.protectedRows.delete(row.id) || protectedChanged
        put.push(entryOf(row))
      }
    }
    this.matcher.update({ put, remove })
    if (protectedChanged) this.buildProtected()
  }

  /** Near-misses of the protected terms (a few hundred terms: rebuilt whole, in milliseconds). */
  private buildProtected(): void {
    const words = lexiconWords()
    this.protectedTerms = new NearMisses(
      [...this.protectedRows.values()].map((row) => ({
        word: row.word,
        category: row.category || '保护词',
      })),
      {
        confusable: confusable(),
        isWord: (text) => words.has(text),
        swapsAndDrops: true,
        minLength: 3,
        explained: (run, at, start, length) => partOfAnotherWord(words, run, at, start, length),
      },
    )
  }

  check(text: string, context = 10): Finding[] {
    const around = (offset: number, length: number) =>
      textAround(text, offset, offset + length, context)
    const { findings: listed, allowed } = this.matcher.scanAll(text, context)
    const isAllowed = (offset: number, length: number) =>
      allowed.some(([start, end]) => start <= offset && end >= offset + length)
    // A listed typo pair is wrong only in context: 以经 is no slip in 以经济发展 (以 + 经济), which reads better
    // as written than corrected.
    const inContext = listed.filter(
      (hit) =>
        hit.kind !== 'typo' ||
        !hit.replacement ||
        contextGain(text, hit.offset, hit.length, hit.replacement) > 0,
    )
    const out: Finding[] = inContext.map((hit) => {
      const kind = hit.kind === 'word' ? 'sensitive' : (hit.kind as FindingKind)
      const found = text.slice(hit.offset, hit.offset + hit.length)
      const message = hit.latin
        ? `“${found}”是敏感词“${hit.word}”的拼音写法（${hit.category}）`
        : messageOf(kind, hit.word, found, hit.category, hit.replacement, hit.note)
      return {
        kind,
        level: hit.level,
        word: hit.word,
        found,
        category: hit.category,
        suggestion: hit.replacement,
        offset: hit.offset,
        length: hit.length,
        text: hit.text,
        message,
      }
    })
    const covered = (offset: number, length: number) =>
      out.some((f) => f.offset < offset + length && offset < f.offset + f.length)
    // Overlapping slips of protected terms (华中人民共和国 is a swap, and 中人民共和国 in it a drop): the longest.
    const slips = this.protectedTerms
      .scan(text)
      .sort((a, b) => b.length - a.length || a.offset - b.offset)
    const taken: [number, number][] = []
    for (const slip of slips) {
      if (
        isAllowed(slip.offset, slip.length) ||
        taken.some(([start, end]) => slip.offset < end && start < slip.offset + slip.length)
      )
        continue
      taken.push([slip.offset, slip.offset + slip.length])
      out.push({
        kind: 'protected',
        level: 'block',
        word: slip.term.word,
        found: text.slice(slip.offset, slip.offset + slip.length),
        category: slip.term.category,
        suggestion: slip.term.word,
        offset: slip.offset,
        length: slip.length,
        text: around(slip.offset, slip.length),
        message: `“${slip.found}”疑似“${slip.term.word}”的错误写法（${HOW[slip.how]}）：国名、机构名、领导人姓名职务和固定表述不得有误`,
      })
    }
    for (const typo of this.typos.check(text)) {
      if (isAllowed(typo.offset, typo.length) || covered(typo.offset, typo.length)) continue
      out.push({
        kind: 'typo',
        level: 'notice',
        word: typo.suggestion,
        found: typo.found,
        category: '疑似错别字',
        suggestion: typo.suggestion,
        confidence: typo.confidence,
        offset: typo.offset,
        length: typo.length,
        text: around(typo.offset, typo.length),
        message: `“${typo.found}”可能是“${typo.suggestion}”的错别字`,
      })
    }
    for (const hit of detect(text)) {
      if (isAllowed(hit.offset, hit.length)) continue
      if (hit.kind === 'secret') {
        out.push({
          kind: 'secret',
          level: 'block',
          word: hit.found,
          found: hit.found,
          category: '密级标志',
          offset: hit.offset,
          length: hit.length,
          text: around(hit.offset, hit.length),
          message: `出现密级标志“${hit.found}”：涉密内容不得在门户发布`,
        })
      } else {
        // Masked as everywhere else personal data is shown (contracts/personalData.ts).
        const { label, normalise } = PERSONAL_DATA_RULES[hit.kind]
        const shown = PERSONAL_DATA_MASKS[hit.kind](normalise(hit.found))
        const context = around(hit.offset, hit.length).replace(hit.found, shown)
        out.push({
          kind: 'personal',
          level: hit.kind === 'idNumber' ? 'block' : 'review',
          word: label,
          found: shown,
          category: '个人信息',
          offset: hit.offset,
          length: hit.length,
          text: context,
          message:
            hit.kind === 'idNumber'
              ? `包含身份证号码（${shown}）：公开内容不得含有个人身份信息`
              : `包含手机号码（${shown}）：如非公开的服务电话，请删除或脱敏`,
        })
      }
    }
    return out.sort((a, b) => a.offset - b.offset || LEVEL_RANK[a.level] - LEVEL_RANK[b.level])
  }
}

/** A dictionary row as the matcher's entry (allow-list rows have no level and suppress what they cover). */
const entryOf = (row: DictionaryRow & { id: string }): KeyedEntry =>
  row.kind === 'allow'
    ? { id: row.id, word: row.word, category: 'allow', level: 'notice', allow: true }
    : {
        id: row.id,
        word: row.word,
        kind: row.kind,
        category: row.category || '未分类',
        level: row.level ?? DEFAULT_LEVEL[row.kind],
        replacement: row.replacement,
        note: row.note,
        pinyin: row.kind === 'word' && row.pinyin,
      }

function messageOf(
  kind: FindingKind,
  word: string,
  found: string,
  category: string,
  suggestion?: string | null,
  note?: string | null,
): string {
  switch (kind) {
    case 'typo':
      return `“${found}”是错别字${suggestion ? `，应为“${suggestion}”` : ''}`
    case 'outdated':
      return `“${found}”是过时表述${suggestion ? `，现应为“${suggestion}”` : ''}`
    case 'retired':
      return `“${word}”已不在任${note ? `（${note}）` : ''}，请核实姓名与职务`
    default:
      return `敏感词“${word}”（${category}）${suggestion ? `，建议改为“${suggestion}”` : ''}`
  }
}
