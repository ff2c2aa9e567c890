// The findings the check reports, one builder per source: a listed entry (matcher.ts), a near-miss of a
// protected term (nearMiss.ts), a likely typo of a frequent word (typos.ts), a secrecy marking or personal
// data (detectors.ts). Each gives the finding's rule, level, suggestion and the editor's message (Chinese).
import { PERSONAL_DATA_MASKS, PERSONAL_DATA_RULES } from '../../../contracts/personalData.ts'
import type { Detection } from './detectors.ts'
import type { Finding as Listed } from './matcher.ts'
import { describeEdits, type Edit } from './edits.ts'
import type { NameSlip, NameTerm } from './nameSlips.ts'
import type { Slip } from './nearMiss.ts'
import type { Typo } from './typos.ts'
import type { Finding, FindingRule } from './types.ts'

/** `found` in its text with context either side: (offset, length) → excerpt. */
export type Around = (offset: number, length: number) => string

function messageOf(rule: FindingRule, hit: Listed, found: string): string {
  const { word, category, replacement: suggestion, note } = hit
  switch (rule) {
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

/** A listed entry found in the text (the rule is the entry's list type; a `word` is reported as `sensitive`). */
export function listedFinding(hit: Listed, text: string): Finding {
  const rule = hit.listType === 'word' ? 'sensitive' : (hit.listType as FindingRule)
  const found = text.slice(hit.offset, hit.offset + hit.length)
  const message = hit.latin
    ? `“${found}”是敏感词“${hit.word}”的拼音写法（${hit.category}）`
    : hit.homophone
      ? `“${found}”是敏感词“${hit.word}”的同音写法（${hit.category}）`
      : messageOf(rule, hit, found)
  return {
    rule,
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
}

const KIND: Record<Edit['how'], string> = {
  substitute: '错字',
  swap: '字序颠倒',
  drop: '漏字',
  insert: '多字',
}
/** The kinds of difference, in order, each once: 错字、漏字. */
const kindsOf = (edits: Edit[]) => [...new Set(edits.map((e) => KIND[e.how]))].join('、')

/** A near-miss of a protected name: always blocks, and says which name and what differs. */
export const slipFinding = (slip: NameSlip, text: string, around: Around): Finding => ({
  rule: 'protected',
  level: 'block',
  word: slip.term.word,
  found: text.slice(slip.offset, slip.offset + slip.length),
  category: slip.term.category,
  suggestion: slip.term.word,
  offset: slip.offset,
  length: slip.length,
  text: around(slip.offset, slip.length),
  message: `“${slip.found}”疑似“${slip.term.word}”的错误写法（${kindsOf(slip.edits)}）：${describeEdits(slip.edits)}。保护词近似写法（${slip.term.category}）：国名、机构名、领导人姓名职务和固定表述不得有误`,
})

/** A near-miss of a short protected term (nearMiss.ts) as a name slip: its one difference as an edit. */
export function shortSlip(slip: Slip<NameTerm>): NameSlip {
  const word = slip.term.word
  const at = slip.at
  const edit: Edit =
    slip.how === 'substitute'
      ? { how: 'substitute', at, expected: word[at]!, found: slip.found[at]! }
      : slip.how === 'swap'
        ? { how: 'swap', at, expected: word.slice(at, at + 2) }
        : { how: 'drop', at, expected: word[at]! }
  return {
    term: slip.term,
    found: slip.found,
    offset: slip.offset,
    length: slip.length,
    edits: [edit],
  }
}

/** A likely typo of a frequent word: a notice with a suggestion and how sure the check is. */
export const typoFinding = (typo: Typo, around: Around): Finding => ({
  rule: 'typo',
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

/** A secrecy marking (blocks), or personal data, masked as everywhere it is shown (contracts/personalData.ts). */
export function detectedFinding(hit: Detection, around: Around): Finding {
  const where = { offset: hit.offset, length: hit.length }
  if (hit.kind === 'secret')
    return {
      rule: 'secret',
      level: 'block',
      word: hit.found,
      found: hit.found,
      category: '密级标志',
      ...where,
      text: around(hit.offset, hit.length),
      message: `出现密级标志“${hit.found}”：涉密内容不得在门户发布`,
    }
  const { label, normalise } = PERSONAL_DATA_RULES[hit.kind]
  const shown = PERSONAL_DATA_MASKS[hit.kind](hit.value ?? normalise(hit.found))
  return {
    rule: 'personal',
    level: hit.kind === 'idNumber' ? 'block' : 'review',
    word: label,
    found: shown,
    category: '个人信息',
    ...where,
    // The excerpt is cut from the text with every personal number masked (checker.ts, maskPersonal).
    text: around(hit.offset, hit.length),
    message:
      hit.kind === 'idNumber'
        ? `包含身份证号码（${shown}）：公开内容不得含有个人身份信息`
        : `包含手机号码（${shown}）：如非公开的服务电话，请删除或脱敏`,
  }
}
