// `npm run bench:safety`: the sensitive-word matcher (plugins/content-safety) against the mint-filter npm
// package on the same input in the same run — a 50,000-word generated dictionary, a 10 KB article and a
// 1 MB document: automaton build time and memory, scan latency and throughput. Ours normalises (width,
// case, traditional characters, noise between characters) on every scan; mint-filter matches plain text only.
// Then the automaton updated in place when entries are added, changed or removed, against rebuilding it.
// Last, the whole check (every kind of finding) on a 10 KB article.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import v8 from 'node:v8'
import vm from 'node:vm'
import { Mint } from 'mint-filter'
import { Checker } from '../plugins/content-safety/engine/checker.ts'
import { STARTER } from '../plugins/content-safety/engine/data/starter.ts'
import { Matcher, type Entry } from '../plugins/content-safety/engine/matcher.ts'
import { normalTable } from '../plugins/content-safety/engine/normalise.ts'

/** A small deterministic generator (mulberry32), so every run scans the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const next = random(20261123)
// The 3,500 most common characters sit roughly in U+4E00–U+9FA5; draw from there.
const hanzi = () => String.fromCharCode(0x4e00 + Math.floor(next() * (0x9fa5 - 0x4e00)))
const word = () => Array.from({ length: 2 + Math.floor(next() * 5) }, hanzi).join('')

// `--words` and `--runs` shrink the run (the test suite smoke-runs it tiny); the figures quoted are from the defaults.
const { values: args } = parseArgs({
  options: {
    words: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '500' },
  },
})
const dictionarySize = Number(args.words)
const runs = Math.max(10, Number(args.runs))
const words = [...new Set(Array.from({ length: Math.ceil(dictionarySize * 1.04) }, word))].slice(
  0,
  dictionarySize,
)
const entries: Entry[] = words.map((w, i) => ({
  word: w,
  category: '基准',
  level: i % 3 === 0 ? 'block' : i % 3 === 1 ? 'review' : 'notice',
}))
/** Text of about `chars` characters with a dictionary word every ~200 characters and punctuation as in prose. */
function text(chars: number): string {
  let out = ''
  while (out.length < chars) {
    for (let i = 0; i < 30; i++) out += hanzi()
    out += next() < 0.15 ? words[Math.floor(next() * words.length)] : ''
    out += next() < 0.5 ? '，' : '。'
  }
  return out.slice(0, chars)
}
const article = text(3_400) // ~10 KB in UTF-8
const documentText = text(dictionarySize < 50_000 ? 35_000 : 350_000) // ~1 MB in UTF-8 (~100 KB when shrunk)
const kb = (s: string) => Buffer.byteLength(s) / 1024

// Memory figures need a full collection before and after each build.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

function measureBuild<T>(build: () => T): { value: T; ms: number; mb: number } {
  gc()
  const before = process.memoryUsage().heapUsed
  const start = performance.now()
  const value = build()
  const ms = performance.now() - start
  gc()
  return { value, ms, mb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 }
}

function latency(scan: () => unknown, runs: number): { p50: number; p99: number } {
  for (let i = 0; i < 20; i++) scan()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    scan()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { p50: times[Math.floor(runs * 0.5)]!, p99: times[Math.floor(runs * 0.99)]! }
}

normalTable() // built once per process (~100 ms), not part of a dictionary build
const ours = measureBuild(() => new Matcher(entries))
const mint = measureBuild(() => new Mint(words))

console.log(
  `词典 ${words.length} 个词；文章 ${kb(article).toFixed(1)} KB；文档 ${(kb(documentText) / 1024).toFixed(2)} MB（UTF-8）`,
)
console.log(
  `命中（文档）：海桥 ${ours.value.scan(documentText).length}，mint-filter ${mint.value.filter(documentText, { replace: false }).words.length}（mint-filter 只报告不同的词）`,
)
for (const [name, build, scanArticle, scanDocument] of [
  ['海桥（含规避处理）', ours, () => ours.value.scan(article), () => ours.value.scan(documentText)],
  [
    'mint-filter 4.0.3',
    mint,
    () => mint.value.filter(article, { replace: false }),
    () => mint.value.filter(documentText, { replace: false }),
  ],
] as const) {
  const small = latency(scanArticle, runs)
  const large = latency(scanDocument, Math.max(3, Math.round(runs / 33)))
  console.log(`${name}
  构建：${build.ms.toFixed(0)} ms，内存约 ${build.mb.toFixed(1)} MB
  10 KB 文章：p50 ${small.p50.toFixed(3)} ms，p99 ${small.p99.toFixed(3)} ms
  1 MB 文档：p50 ${large.p50.toFixed(1)} ms，吞吐 ${(kb(documentText) / 1024 / (large.p50 / 1000)).toFixed(1)} MB/s`)
}

// A dictionary change applied in place (Matcher.update) against a rebuild of the 50,000-word automaton.
{
  const keyed = entries.map((e, i) => ({ ...e, id: `w${i}` }))
  const live = new Matcher(keyed)
  const time = (change: () => void) => {
    const start = performance.now()
    change()
    return performance.now() - start
  }
  const fresh = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${tag}${i}`,
      word: word(),
      category: '基准',
      level: 'review' as const,
    }))
  const one = time(() => live.update({ put: fresh(1, 'a') }))
  const hundred = time(() => live.update({ put: fresh(100, 'b') }))
  const changed = time(() => live.update({ put: [{ ...keyed[7]!, level: 'block' }] }))
  const removed = time(() => live.update({ remove: ['w11'] }))
  const rebuild = time(() => new Matcher([...keyed, ...fresh(101, 'c')]))
  console.log(`词库变更（就地更新，不重建）
  新增 1 词 ${one.toFixed(1)} ms，新增 100 词 ${hundred.toFixed(1)} ms，改级别 ${changed.toFixed(1)} ms，删除 1 词 ${removed.toFixed(1)} ms；对比重建 ${rebuild.toFixed(0)} ms`)
}

// The whole check as the admin and the workflow gate run it (checker.ts): the same dictionary plus the starter
// entries, near-misses of protected terms, typos of frequent words, secrecy marks and personal data.
const checker = measureBuild(
  () => new Checker([...entries.map((e) => ({ ...e, listType: 'word' as const })), ...STARTER]),
)
const seeds = path.resolve('../shared/seeds')
const official = existsSync(seeds)
  ? readdirSync(seeds)
      .map((file) => readFileSync(path.join(seeds, file), 'utf8'))
      .join('\n')
      .slice(0, 3_400)
  : null
const whole = latency(() => checker.value.check(article), Math.round(runs * 0.4))
console.log(`整篇检查（全部检查项，词库 ${checker.value.size} 条；首次构建含词频词典与混淆字集的加载）
  构建：${checker.ms.toFixed(0)} ms，内存约 ${checker.mb.toFixed(1)} MB
  10 KB 生成文章：p50 ${whole.p50.toFixed(2)} ms，p99 ${whole.p99.toFixed(2)} ms`)
if (official) {
  const real = latency(() => checker.value.check(official), Math.round(runs * 0.4))
  console.log(
    `  10 KB 正式公文（../shared/seeds）：p50 ${real.p50.toFixed(2)} ms，p99 ${real.p99.toFixed(2)} ms`,
  )
}
