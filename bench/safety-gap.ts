// The measurement behind the matcher's MAX_GAP (matcher.ts): how many noise characters (grapheme clusters)
// the words matched in clean official-style text cross. A stand-in dictionary — the lexicon's frequent words
// of two characters or more — is matched over ../shared/seeds (the texts eval:safety reads) with the gap
// unbounded; each hit is counted by the longest run of noise inside it. Hits crossing noise are false joins.
//   npm run bench:safety-gap
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { lexiconWords } from '../plugins/content-safety/engine/lexicon.ts'
import { Matcher } from '../plugins/content-safety/engine/matcher.ts'
import {
  foldAstral,
  normalTable,
  SKIP,
  startsCluster,
} from '../plugins/content-safety/engine/normalise.ts'

const dir = path.resolve('../shared/seeds')
if (!existsSync(dir)) throw new Error(`没有找到 ${dir}`)
const text = readdirSync(dir)
  .map((file) => readFileSync(path.join(dir, file), 'utf8'))
  .join('\n')
const words = [...lexiconWords()]
  .filter(([word, freq]) => word.length >= 2 && freq >= 100)
  .map(([word]) => ({ word, category: '测量', level: 'notice' as const }))
const map = normalTable()
const byGap = new Map<number, number>()
/** The hits across two or more, to read: is any of them a word? */
const across: string[] = []
for (const hit of new Matcher(words, [], Infinity).scan(text)) {
  let run = 0
  let longest = 0
  for (const ch of text.slice(hit.offset, hit.offset + hit.length)) {
    const point = ch.codePointAt(0)!
    const code = point < 0x10000 ? map[point]! : foldAstral(point)
    if (code === SKIP || /\d/.test(ch)) run += startsCluster(point) ? 1 : 0
    else run = 0
    longest = Math.max(longest, run)
  }
  byGap.set(longest, (byGap.get(longest) ?? 0) + 1)
  if (longest >= 2) across.push(text.slice(hit.offset, hit.offset + hit.length))
}
console.log(`文本 ${text.length} 字；代用词典 ${words.length} 词`)
for (const [gap, count] of [...byGap].sort((a, b) => a[0] - b[0]))
  console.log(`跨 ${gap} 个噪声字符的命中：${count}`)
const lineBreaks = across.filter((hit) => /[\r\n]/.test(hit)).length
console.log(
  `跨 2 个及以上的 ${across.length} 处中跨越换行的 ${lineBreaks} 处：${across.map((hit) => JSON.stringify(hit)).join('，')}`,
)
