// The protected names every dictionary holds (issue 17 §2), whatever its rows: the country's name and the
// standard formulations (strict: any near-miss is wrong), Party and state organs, State Council organs
// (data/officialNames.ts), and every GB/T 2260 division with its organs' names (divisions.ts). Former names of
// organs are outdated formulations (→ the current body). Built once per process.
import { divisionNames, organForms } from './divisions.ts'
import {
  FORMER_NAMES,
  NATIONAL,
  STATE_COUNCIL,
  STATE_COUNCIL_SHORT,
  STATE_ORGANS,
} from './data/officialNames.ts'
import type { NameTerm } from './nameSlips.ts'

let terms: NameTerm[] | undefined

/** Every protected official name (deduplicated by word; the first category wins). */
export function officialTerms(): NameTerm[] {
  if (terms) return terms
  const byWord = new Map<string, NameTerm>()
  const put = (
    word: string,
    category: string,
    strict = false,
    head?: number,
    exactOnly = false,
  ) => {
    if (!byWord.has(word)) byWord.set(word, { word, category, strict, head, exactOnly })
  }
  for (const word of NATIONAL) put(word, '国名和固定表述', true)
  for (const word of STATE_ORGANS) put(word, '党和国家机构')
  for (const word of STATE_COUNCIL) put(word, '国务院机构')
  // Short names are correct as written, and a full name is no near-miss of its short name.
  for (const word of STATE_COUNCIL_SHORT) put(word, '国务院机构', false, undefined, true)
  // Former names are outdated formulations (the matcher reports them), not slips of the current names
  // (中国民用航空总局 is no 中国民用航空局 with 总 inserted).
  for (const [word] of FORMER_NAMES) put(word, '原机构名称', false, undefined, true)
  const { province, prefecture, county } = divisionNames()
  // Bare names of five characters or more (宁夏回族自治区); shorter ones only in their organs' names (a dropped
  // character of 和田地区 is 和地区, read in 国家和地区).
  for (const name of [...province, ...prefecture, ...county])
    if (name.length >= 5) put(name, '行政区划名称')
  for (const name of [...province, ...prefecture, ...county])
    for (const form of organForms(name))
      put(form, '地方国家机关名称', false, form.startsWith(name) ? name.length : undefined)
  return (terms = [...byWord.values()])
}

/** Former names of organs → the current body (outdated formulations). */
export const formerNames = (): [string, string][] => FORMER_NAMES
