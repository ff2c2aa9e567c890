// Characters that are easily confused with each other (module 24): same or similar pronunciation, similar
// shape. The sets ship as data (data/same_pinyin.txt, data/same_stroke.txt, from pycorrector, Apache-2.0;
// data/same_shape.txt, ours; see data/README.md). The relation is made symmetric: if 已 is listed under 乙, 乙 is confusable with 已.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gb2312Hanzi } from './normalise.ts'
import { shapeGroups } from './shapes.ts'

// Read from the repository root (the working directory of the CMS, the tests and the scripts), not relative to
// this module: inside the admin's server bundle the module's own location is the bundle's.
const DATA = path.resolve(process.cwd(), 'plugins/content-safety/engine/data')

export type Confusion = (a: string, b: string) => boolean

let sets: Map<string, Set<string>> | undefined

function load(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    if (a === b) return
    let set = map.get(a)
    if (!set) map.set(a, (set = new Set()))
    set.add(b)
  }
  const lines = (file: string) =>
    readFileSync(path.join(DATA, file), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
  // same_pinyin.txt: character, then characters read the same with the same tone, then with another tone.
  for (const line of lines('same_pinyin.txt')) {
    const [ch, same = '', other = ''] = line.split('\t')
    if (!ch) continue
    for (const c of [...same, ...other]) {
      link(ch, c)
      link(c, ch)
    }
  }
  // same_stroke.txt, and same_shape.txt (our additions common in official text: 自/白, 己/已, 侯/候): a group
  // of characters of similar shape per line.
  const groups = [...lines('same_stroke.txt'), ...lines('same_shape.txt')].map((line) =>
    line.split('\t').filter(Boolean),
  )
  // …and the groups derived from how characters are built (shapes.ts: 拉/垃, 峻/竣, 固/困).
  const simplified = new Set([...gb2312Hanzi()].map((code) => String.fromCharCode(code)))
  for (const group of [...groups, ...shapeGroups(simplified)])
    for (const a of group) for (const b of group) link(a, b)
  return map
}

/** The confusion relation (loaded on first use). */
export function confusable(): Confusion {
  const map = (sets ??= load())
  return (a, b) => map.get(a)?.has(b) ?? false
}

const NONE: ReadonlySet<string> = new Set()

/** The characters confusable with `ch` (same or similar sound, similar shape); empty when none are listed. */
export function confusablesOf(ch: string): ReadonlySet<string> {
  return (sets ??= load()).get(ch) ?? NONE
}
