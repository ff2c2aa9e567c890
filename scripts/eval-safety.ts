// `npm run eval:safety`: how well the content check works, on data it was not built from.
//   1. Typo detection on the SIGHAN 2015 CSC test set (1,100 sentences, half with errors; simplified by
//      pycorrector). Academic-use data: never shipped. The script reads .data/eval/sighan15_test.tsv (or
//      $HAIQIAO_SIGHAN15), downloading it once from pycorrector's repository when it is missing.
//   2. False alarms on clean official-style text: the Chinese source documents in ../shared/seeds (procurement
//      specifications of government platforms), sentence by sentence.
//   3. Recall of sensitive-word detection on generated evasion variants (noise between characters, full-width,
//      traditional characters, zero-width characters), and what noise-skipping costs on clean text.
//   4. Block-level findings on clean official-style text (scripts/eval-data/official-clean.txt and the typo
//      check's corpus plugins/content-safety/engine/data/corpus, written for this in the style of government
//      work reports, policy documents and news releases, sources in their heads; and the seeds above): per
//      100,000 characters, target 0 — a block stops publication, so it must be right every time.
//   5. Typo alarms on the official-style evaluation set (scripts/eval-data/official/heldout, written for this and
//      never used to tune the check): alarm rate on clean sentences, recall and precision where half the
//      sentences carry one error, precision at a 1 % error rate, block-level findings. `--set dev` runs part 5
//      alone on the development sets (scripts/eval-data/official/dev and dev2, the ones tuned on; dev2 was the
//      first held-out set, reported once and then used for development) and lists their misses.
// The starter dictionary is used as shipped; nothing here tunes it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Converter } from 'opencc-js'
import { pinyin } from 'pinyin-pro'
import { Checker, type Finding } from '../plugins/content-safety/engine/checker.ts'
import { STARTER } from '../plugins/content-safety/engine/data/starter.ts'
import { lexiconWords } from '../plugins/content-safety/engine/lexicon.ts'
import { Matcher } from '../plugins/content-safety/engine/matcher.ts'
import { evaluateSet } from './lib/evalSet.ts'

const SIGHAN_URL =
  'https://raw.githubusercontent.com/shibing624/pycorrector/fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e/examples/data/sighan_2015/test.tsv'
const sighanFile = process.env.HAIQIAO_SIGHAN15 ?? path.resolve('.data/eval/sighan15_test.tsv')
const seedsDir = path.resolve('../shared/seeds')
/** The official-style documents, read once (used by parts 2 and 3); null when ../shared is not beside the clone. */
const seedTexts = existsSync(seedsDir)
  ? readdirSync(seedsDir).map((file) => readFileSync(path.join(seedsDir, file), 'utf8'))
  : null

const checker = new Checker(STARTER)
/** Findings that claim a wrongly written word (what SIGHAN measures). */
const typoLike = (f: Finding) => f.rule === 'typo' || f.rule === 'protected'
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0)

async function sighan(): Promise<string[] | null> {
  if (!existsSync(sighanFile)) {
    try {
      const res = await fetch(SIGHAN_URL, { signal: AbortSignal.timeout(20_000) })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      mkdirSync(path.dirname(sighanFile), { recursive: true })
      writeFileSync(sighanFile, await res.text())
    } catch (error) {
      console.log(
        `SIGHAN 2015：无法下载（${(error as Error).message}）。请把测试集放到 ${sighanFile}（来源：${SIGHAN_URL}），再运行本脚本。`,
      )
      return null
    }
  }
  return readFileSync(sighanFile, 'utf8').trim().split('\n')
}

async function evaluateSighan(): Promise<void> {
  const lines = await sighan()
  if (!lines) return
  console.log(`\n1. SIGHAN 2015 测试集（${lines.length} 句）——句子级检错`)
  // All findings, then only those the check is surer of (dictionary typos have no confidence: always kept).
  for (const [label, minimum] of [
    ['全部结果', 0],
    ['置信度 ≥ 0.7', 0.7],
  ] as const)
    scoreSighan(lines, label, minimum)
}

function scoreSighan(lines: string[], label: string, minimum: number): void {
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0,
    flagged = 0
  for (const line of lines) {
    const [source = '', target = ''] = line.split('\t')
    const errors = new Set([...source].flatMap((ch, i) => (ch !== [...target][i] ? [i] : [])))
    const findings = checker
      .check(source)
      .filter((f) => typoLike(f) && (f.confidence ?? 1) >= minimum)
    const marked = new Set(
      findings.flatMap((f) => Array.from({ length: f.length }, (_, k) => f.offset + k)),
    )
    if (findings.length) flagged++
    if (findings.length && errors.size) {
      tp++
      // Strict: every error lies in a flagged word and every flagged word holds an error.
      if (
        [...errors].every((i) => marked.has(i)) &&
        findings.every((f) => [...errors].some((i) => i >= f.offset && i < f.offset + f.length))
      )
        exact++
    } else if (findings.length) fp++
    else if (errors.size) fn++
  }
  const wrong = tp + fn
  const precision = tp / (tp + fp || 1),
    recall = tp / (wrong || 1)
  const strictP = exact / (flagged || 1),
    strictR = exact / (wrong || 1)
  console.log(`   ${label}（有错 ${wrong} 句）`)
  console.log(
    `   宽松（有错的句子被标出）：精确率 ${pct(precision)}，召回率 ${pct(recall)}，F1 ${f1(precision, recall).toFixed(3)}（标出 ${flagged} 句，误报 ${fp} 句）`,
  )
  console.log(
    `   严格（标出的位置与错误位置一致）：精确率 ${pct(strictP)}，召回率 ${pct(strictR)}，F1 ${f1(strictP, strictR).toFixed(3)}`,
  )
}

function evaluateCleanText(): void {
  if (!seedTexts) return console.log(`\n2. 未找到 ${seedsDir}，跳过正式文本误报评测`)
  const sentences = seedTexts
    .flatMap((text) => text.split(/(?<=[。！？；])|\n+/u))
    .map((s) => s.trim())
    .filter((s) => /[\u4e00-\u9fff]{4,}/u.test(s))
  const chars = sentences.reduce((n, s) => n + s.length, 0)
  const byLevel = { block: 0, review: 0, notice: 0 }
  let flagged = 0
  const examples: string[] = []
  for (const sentence of sentences) {
    const findings = checker.check(sentence)
    if (findings.length) flagged++
    for (const f of findings) {
      byLevel[f.level]++
      if (examples.length < 8) examples.push(`${f.found}→${f.suggestion ?? f.category}`)
    }
  }
  console.log(
    `\n2. 正式公文样本（../shared/seeds，${sentences.length} 句，${chars} 字）——按“无错”看待，任何检查结果都计为误报`,
  )
  console.log(
    `   有检查结果的句子 ${flagged} 句（${pct(flagged / sentences.length)}）；禁止 ${byLevel.block}、须审核 ${byLevel.review}、提示 ${byLevel.notice} 条；每万字 ${(((byLevel.block + byLevel.review + byLevel.notice) / chars) * 1e4).toFixed(1)} 条`,
  )
  if (examples.length) console.log(`   例：${examples.join('，')}`)
}

function evaluateEvasion(): void {
  // 2,000 frequent lexicon words of 2–4 characters stand in for a sensitive-word list.
  const words = [...lexiconWords()]
    .filter(([w, f]) => w.length >= 2 && f >= 500)
    .map(([w]) => w)
    .filter((_, i) => i % 7 === 0)
    .slice(0, 2000)
  // Every word also matched in pinyin and initials (the per-entry option), to measure what that catches and costs.
  const matcher = new Matcher(
    words.map((word) => ({ word, category: '评测', level: 'review' as const, pinyin: true })),
  )
  const syllables = (w: string) => pinyin(w, { toneType: 'none', type: 'array', v: true })
  const toTraditional = Converter({ from: 'cn', to: 'tw' })
  const noise = (sep: string) => (w: string) => [...w].join(sep)
  const variants: Record<string, (w: string) => string> = {
    原词: (w) => w,
    字间空格: noise(' '),
    字间星号: noise('*'),
    字间下划线: noise('_'),
    字间间隔号: noise('·'),
    零宽字符: noise('\u200b'),
    全角空格: noise('\u3000'),
    繁体: (w) => toTraditional(w),
    繁体加符号: (w) => noise('.')(toTraditional(w)),
    拼音: (w) => syllables(w).join(''),
    拼音加空格: (w) => ` ${syllables(w).join(' ')} `,
    首字母大写: (w) =>
      syllables(w)
        .map((s) => s[0]!.toUpperCase())
        .join(''),
  }
  console.log(`\n3. 敏感词变体召回（${words.length} 个词，每种变体嵌入正文中检测）`)
  for (const [name, make] of Object.entries(variants)) {
    // Initials are matched for words of three characters or more only.
    const tested = name === '首字母大写' ? words.filter((w) => w.length >= 3) : words
    let found = 0
    for (const word of tested) {
      const text = `据报道，${make(word)}相关情况正在核实。`
      if (matcher.scan(text).some((f) => f.word === word)) found++
    }
    console.log(
      `   ${name.padEnd(6, '　')} 召回率 ${pct(found / tested.length)}${tested.length < words.length ? `（${tested.length} 个三字及以上的词）` : ''}`,
    )
  }
  if (seedTexts) {
    const text = seedTexts.join('\n')
    const hits = matcher.scan(text)
    const across = hits.filter((f) =>
      /[\s\p{P}\p{S}]/u.test(text.slice(f.offset, f.offset + f.length)),
    )
    const latin = hits.filter((f) => f.latin)
    console.log(
      `   代价：同一词表在正式公文样本中命中 ${hits.length} 处，其中 ${across.length} 处跨越标点或空格（跳过字间符号造成的误命中），${latin.length} 处是拼音或首字母${latin.length ? `（如 ${[...new Set(latin.map((f) => text.slice(f.offset, f.offset + f.length)))].slice(0, 5).join('、')}）` : ''}`,
    )
  }
}

/** Block-level findings on text that has no error, per 100,000 characters (issue 17 §1: the target is 0). */
function evaluateBlocks(): void {
  const clean = readFileSync(path.resolve('scripts/eval-data/official-clean.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
  // The corpus the typo check counts from (correct official text; the block rules do not read it).
  const corpusDir = path.resolve('plugins/content-safety/engine/data/corpus')
  const corpus = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(path.join(corpusDir, file), 'utf8').split('\n'))
    .filter((line) => line.trim())
  const texts: [string, string[]][] = [
    ['official-clean.txt', clean],
    ['公文语料 data/corpus', corpus],
  ]
  if (seedTexts) texts.push(['../shared/seeds', seedTexts])
  console.log('\n4. 正确文本上的禁止级结果（目标为 0）')
  for (const [name, paragraphs] of texts) {
    const chars = paragraphs.reduce((n, p) => n + p.length, 0)
    const blocks = paragraphs.flatMap((p) => checker.check(p).filter((f) => f.level === 'block'))
    console.log(
      `   ${name}（${paragraphs.length} 段，${chars} 字）：禁止级 ${blocks.length} 条，每十万字 ${((blocks.length / (chars || 1)) * 1e5).toFixed(1)} 条${
        blocks.length
          ? `；例：${blocks
              .slice(0, 5)
              .map((f) => f.message)
              .join('；')}`
          : ''
      }`,
    )
  }
}

const set = process.argv.includes('--set')
  ? process.argv[process.argv.indexOf('--set') + 1]
  : 'heldout'
if (set !== 'dev' && set !== 'heldout') {
  console.error('用法：npm run eval:safety [-- --set dev|heldout]')
  process.exit(2)
}
const check = (text: string) => checker.check(text)
if (set === 'dev') {
  evaluateSet(check, path.resolve('scripts/eval-data/official/dev'), '开发集（用于调参）', true)
  evaluateSet(check, path.resolve('scripts/eval-data/official/dev2'), '开发集二（用于调参）', true)
} else {
  await evaluateSighan()
  evaluateCleanText()
  evaluateEvasion()
  evaluateBlocks()
  evaluateSet(
    check,
    path.resolve('scripts/eval-data/official/heldout'),
    '留出集（从不用于调参）',
    false,
  )
}
