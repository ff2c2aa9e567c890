// The whole content check of one text (modules 23, 24), from the dictionary's entries:
//   sensitive words, typo pairs (按装→安装, where the correction reads better in context), outdated formulations and names no longer in office — one
//   Aho–Corasick pass (matcher.ts); allow-list entries suppress every finding they cover;
//   near-misses of protected terms (国名, 机构名, 领导人姓名职务, 固定表述) — always block (nearMiss.ts);
//   likely typos of frequent words, from the confusion sets (typos.ts) — notices with a suggestion;
//   secrecy markings and personal data (detectors.ts).
import { textAround } from '../../../contracts/text/index.ts'
import { confusable } from './confusion.ts'
import { detect, maskPersonal } from './detectors.ts'
import {
  detectedFinding,
  listedFinding,
  shortSlip,
  slipFinding,
  typoFinding,
  type Around,
} from './findings.ts'
import { repeatsInList } from './enumeration.ts'
import { describesHistory } from './history.ts'
import { AD_LAW_CATEGORY, readsAsPromotion } from './promotion.ts'
import { inName, nameSpans } from './properNames.ts'
import { languageModel } from './languageModel.ts'
import { contextGain, lexiconWords, modelGain, partOfAnotherWord } from './lexicon.ts'
import { Matcher, type KeyedEntry } from './matcher.ts'
import { LONG, NameSlips, type NameSlip, type NameTerm } from './nameSlips.ts'
import { NearMisses } from './nearMiss.ts'
import { NATIONAL } from './data/officialNames.ts'
import { formerNames, officialTerms } from './officialNames.ts'
import { standsAsWords, wordStarts } from './segment.ts'
import { DEFAULT_LEVEL, LEVEL_RANK } from './terms.ts'
import { TypoChecker } from './typos.ts'
import type { CompiledDictionary, DictionaryChanges, DictionaryRow, Finding } from './types.ts'

export type { DictionaryRow, Finding, FindingRule } from './types.ts'

const NATIONAL_SET = new Set(NATIONAL)
/**
 * How much more probable (natural log, trigram model) the text must read with a protected name put right for
 * its near-miss to block: the real slips of the tests and the development set read 3 or more better, the
 * correct text that looked like slips 0 or worse.
 */
const MIN_NAME_MODEL_GAIN = 1
/** The last characters of organs' and places' names (部, 局, 委员会, 政府, 自治区 …), looked for ahead of a typo. */
const ORGAN_AHEAD = /[部局委署院会办府厅行社台区县市省州盟旗镇乡]/u
const ORGAN_REACH = 24

let typoChecker: TypoChecker | undefined
/** The frequent-word typo check is the same for every dictionary: built once per process (~0.5 s). */
const sharedTypoChecker = () => (typoChecker ??= new TypoChecker())

let officialSlips: NameSlips | undefined
/** The long official names (every division's organs …) are the same for every dictionary: indexed once per process. */
const sharedOfficialSlips = () =>
  (officialSlips ??= new NameSlips(officialTerms(), {
    confusable: confusable(),
    words: lexiconWords(),
  }))

/** A slip never straddles a word of the text: a word starts where it starts and one ends where it ends. */
const onWordBoundaries = (run: string, start: number, end: number) => {
  const starts = wordStarts(run)
  return starts[start]! && starts[end]!
}

export class Checker implements CompiledDictionary {
  private readonly matcher: Matcher
  private readonly typos: TypoChecker
  private protectedTerms!: NearMisses<NameTerm>
  /** The dictionary's own long protected terms (the official names are shared: sharedOfficialSlips). */
  private protectedNames!: NameSlips
  private readonly officialNames = sharedOfficialSlips()
  private readonly model = languageModel()
  private readonly protectedRows = new Map<string, DictionaryRow>()
  private readonly ids = new Set<string>()

  constructor(rows: DictionaryRow[], typos = sharedTypoChecker()) {
    this.typos = typos
    const keyed = rows.map((row, i) => ({ ...row, id: row.id ?? `#${i}` }))
    for (const row of keyed) {
      this.ids.add(row.id)
      if (row.listType === 'protected') this.protectedRows.set(row.id, row)
    }
    // Former names of organs are outdated formulations unless the dictionary lists the word itself.
    const listed = new Set(keyed.map((row) => row.word))
    const former = formerNames()
      .filter(([word]) => !listed.has(word))
      .map(([word, replacement]): KeyedEntry => ({
        id: `official:${word}`,
        word,
        listType: 'outdated',
        category: '过时表述',
        level: DEFAULT_LEVEL.outdated,
        replacement,
      }))
    this.matcher = new Matcher([
      ...keyed.filter((row) => row.listType !== 'protected').map(entryOf),
      ...former,
    ])
    this.buildProtected()
  }

  get size(): number {
    return this.ids.size
  }

  /** The dictionary changed: rows added or changed, rows removed (by id). The automaton is updated in place. */
  update(changes: DictionaryChanges): void {
    const put: KeyedEntry[] = []
    const remove = [...changes.remove]
    let protectedChanged = false
    for (const id of changes.remove) {
      this.ids.delete(id)
      protectedChanged = this.protectedRows.delete(id) || protectedChanged
    }
    for (const row of changes.put) {
      this.ids.add(row.id)
      if (row.listType === 'protected') {
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

  /** Near-misses of the protected terms: the rows' short terms with the short official names (a few hundred:
   *  rebuilt whole, in milliseconds), and the rows' long terms. */
  private buildProtected(): void {
    const words = lexiconWords()
    const rows = [...this.protectedRows.values()].map((row): NameTerm => ({
      word: row.word,
      category: row.category || '保护词',
      // Strict (no reading as other words excuses a near-miss): the country's own name and the standard
      // formulations only; a foreign state's name (沙特阿拉伯王国) reads as other words like any name (王储).
      strict: NATIONAL_SET.has(row.word),
    }))
    this.protectedTerms = new NearMisses(
      // Short official names: organs (外交部, 一国两制); a county's short forms (赵县政府) are too near everyday text.
      [...rows, ...officialTerms().filter((t) => t.word.length < LONG && t.head === undefined)],
      {
        confusable: confusable(),
        isWord: (text) => words.has(text),
        swapsAndDrops: true,
        minLength: 3,
        maxLength: LONG - 1,
        boundary: onWordBoundaries,
        explained: (run, at, start, length) => partOfAnotherWord(words, run, at, start, length),
      },
    )
    this.protectedNames = new NameSlips(rows, { confusable: confusable(), words })
  }

  /** Every finding in `text`, in order of offset (the more serious first), with `context` characters either side. */
  check(text: string, context = 10): Finding[] {
    const detected = detect(text)
    // Every excerpt is cut from the text with personal numbers masked (offsets unchanged), so no finding's
    // context shows a neighbouring finding's number in full.
    const shown = maskPersonal(text, detected)
    const around: Around = (offset, length) => textAround(shown, offset, offset + length, context)
    const { findings: listed, allowed } = this.matcher.scanAll(text, context)
    const isAllowed = (offset: number, length: number) =>
      allowed.some(([start, end]) => start <= offset && end >= offset + length)
    // A listed typo pair is wrong as a word of its own (截止目前); inside other words only where the correction
    // reads better: 以经 is no slip in 以经济发展 (以 + 经济). A former name is right where the text describes history (不再保留文化部).
    // An advertising-law term at notice level matters only in promotion (国家级非遗 is no advertisement).
    const inContext = listed.filter((hit) => {
      if (hit.listType === 'typo')
        return (
          !hit.replacement ||
          standsAsWords(text, hit.offset, hit.length) ||
          contextGain(text, hit.offset, hit.length, hit.replacement) > 0
        )
      if (hit.listType === 'outdated') return !describesHistory(text, hit.offset, hit.length)
      if (hit.category === AD_LAW_CATEGORY && hit.level === 'notice')
        return readsAsPromotion(text, hit.offset)
      return true
    })
    const out = inContext.map((hit) =>
      listedFinding(shown === text ? hit : { ...hit, text: around(hit.offset, hit.length) }, text),
    )
    out.push(...this.slips(text, isAllowed, around))
    out.push(...this.typoNotices(text, isAllowed, out, around))
    for (const hit of detected)
      if (!isAllowed(hit.offset, hit.length)) out.push(detectedFinding(hit, around))
    return out.sort((a, b) => a.offset - b.offset || LEVEL_RANK[a.level] - LEVEL_RANK[b.level])
  }

  /** Near-misses of protected terms not on the allow-list; of overlapping ones (华中人民共和国 is a swap, and
   *  中人民共和国 in it a drop) the longest. */
  private slips(text: string, isAllowed: Allowed, around: Around): Finding[] {
    const slips: NameSlip[] = [
      ...this.protectedTerms.scan(text).map(shortSlip),
      ...this.protectedNames.scan(text),
      ...this.officialNames.scan(text),
    ].sort((a, b) => b.length - a.length || a.offset - b.offset || a.edits.length - b.edits.length)
    const taken: [number, number][] = []
    const out: Finding[] = []
    for (const slip of slips) {
      if (
        isAllowed(slip.offset, slip.length) ||
        taken.some(([start, end]) => slip.offset < end && start < slip.offset + slip.length) ||
        this.readsAsWritten(text, slip)
      )
        continue
      taken.push([slip.offset, slip.offset + slip.length])
      out.push(slipFinding(slip, text, around))
    }
    return out
  }

  /**
   * Whether the word trigram model (when installed) reads the text at least about as well as written as with
   * the name put right: then the near-miss is other words (年底前向区人大常委会报告 is no 前进区,
   * 国家发展改革委会同 no 国家发展和改革委员会). Never for the country's name and the standard formulations.
   */
  private readsAsWritten(text: string, slip: NameSlip): boolean {
    if (slip.term.strict || !this.model) return false
    return (
      modelGain(this.model, text, slip.offset, slip.length, slip.term.word) < MIN_NAME_MODEL_GAIN
    )
  }

  /** Likely typos of frequent words, where nothing else (`found`, or an earlier typo) was found already. */
  private typoNotices(
    text: string,
    isAllowed: Allowed,
    found: Finding[],
    around: Around,
  ): Finding[] {
    const out: Finding[] = []
    const covered = (offset: number, length: number) => {
      const overlaps = (f: Finding) => f.offset < offset + length && offset < f.offset + f.length
      return found.some(overlaps) || out.some(overlaps)
    }
    let names: [number, number][] | undefined
    for (const typo of this.typos.check(text)) {
      if (isAllowed(typo.offset, typo.length) || covered(typo.offset, typo.length)) continue
      if (inName((names ??= nameSpans(text)), typo.offset, typo.length)) continue
      // A character repeated on purpose in a parallel list (学纪、知纪、明纪、守纪).
      if (repeatsInList(text, typo.offset + differingAt(typo.found, typo.suggestion))) continue
      // Inside a listed name written exactly (国家国际发展合作署 holds no slip of 合作者); names end in an organ.
      if (
        ORGAN_AHEAD.test(text.slice(typo.offset, typo.offset + ORGAN_REACH)) &&
        (this.officialNames.covers(text, typo.offset, typo.length) ||
          this.protectedNames.covers(text, typo.offset, typo.length))
      )
        continue
      // Never a notice that suggests a listed sensitive word (发轮功 → 法轮功): a homophone of one is matched
      // at its own level when its entry asks for homophones, and otherwise left to the reviewer.
      if (this.matcher.scan(typo.suggestion).some((hit) => hit.listType === 'word')) continue
      out.push(typoFinding(typo, around))
    }
    return out
  }
}

type Allowed = (offset: number, length: number) => boolean

/** The first place where a typo's text and its suggestion differ (0 when they differ in length from the start). */
const differingAt = (found: string, suggestion: string) => {
  for (let i = 0; i < found.length; i++) if (found[i] !== suggestion[i]) return i
  return 0
}

/** A dictionary row as the matcher's entry (allow-list rows have no level and suppress what they cover). */
const entryOf = (row: DictionaryRow & { id: string }): KeyedEntry =>
  row.listType === 'allow'
    ? { id: row.id, word: row.word, category: 'allow', level: 'notice', allow: true }
    : {
        id: row.id,
        word: row.word,
        listType: row.listType,
        category: row.category || '未分类',
        level: row.level ?? DEFAULT_LEVEL[row.listType],
        replacement: row.replacement,
        note: row.note,
        pinyin: row.listType === 'word' && row.pinyin,
        homophones: row.listType === 'word' && row.homophones,
      }
