// Part 5 of `npm run eval:safety`: the check on an official-style evaluation set (issue 17 §4), a directory
// holding
//   clean.txt   one correct sentence per line (false alarms: what share of clean sentences gets any finding);
//   errors.tsv  `source<TAB>target` lines, half with one error (source ≠ target), half correct (source = target).
// Every finding counts as an alarm, whatever its rule or level: it is what the editor has to read. A flagged
// sentence is a correct detection when it has an error and a finding covers an error's position; any other
// flagged sentence is a false alarm.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../plugins/content-safety/engine/checker.ts'

type Check = (text: string) => Finding[]

/** Confidence cut-offs tried (findings without a confidence — dictionary and name findings — always pass). */
const THRESHOLDS = [0, 0.6, 0.7, 0.8, 0.9]
/** The error rate an editor meets in real copy: about one sentence in a hundred. */
const REAL_ERROR_RATE = 0.01

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() && !line.startsWith('#'))

type Scored = { minimum: number; recall: number; precision: number; falseAlarmRate: number }

/**
 * Prints, per confidence cut-off: the share of clean sentences with an alarm, recall and precision on the
 * error set, and precision at a 1 % error rate (from that recall and the clean false-alarm rate); then
 * block-level findings per 100,000 clean characters. `showMisses` lists missed errors and false alarms (for
 * the development set only: the held-out set is never looked at that way).
 */
export function evaluateSet(check: Check, dir: string, label: string, showMisses: boolean): void {
  const clean = lines(path.join(dir, 'clean.txt'))
  const pairs = lines(path.join(dir, 'errors.tsv')).map((line) => {
    const [source = '', target = ''] = line.split('\t')
    return { source, errors: errorPositions(source, target) }
  })
  const cleanFindings = clean.map(check)
  const pairFindings = pairs.map((pair) => check(pair.source))
  const wrong = pairs.filter((pair) => pair.errors.length).length
  const chars = clean.reduce((n, s) => n + s.length, 0)
  console.log(
    `\n5. 公文风格评测集 ${label}（${path.relative(process.cwd(), dir)}）：无错句 ${clean.length} 句（${chars} 字），错误集 ${pairs.length} 句（有错 ${wrong} 句）`,
  )
  const rows: Scored[] = []
  for (const minimum of THRESHOLDS) {
    const keep = (f: Finding) => (f.confidence ?? 1) >= minimum
    const falseAlarmRate =
      cleanFindings.filter((findings) => findings.some(keep)).length / (clean.length || 1)
    let detected = 0,
      flagged = 0
    pairs.forEach((pair, i) => {
      const kept = pairFindings[i]!.filter(keep)
      if (!kept.length) return
      flagged++
      if (pair.errors.some((at) => kept.some((f) => at >= f.offset && at < f.offset + f.length)))
        detected++
    })
    const recall = detected / (wrong || 1)
    const precision = detected / (flagged || 1)
    rows.push({ minimum, recall, precision, falseAlarmRate })
    const atRealRate =
      (REAL_ERROR_RATE * recall) /
      (REAL_ERROR_RATE * recall + (1 - REAL_ERROR_RATE) * falseAlarmRate || 1)
    console.log(
      `   置信度 ≥ ${minimum.toFixed(1)}：无错句提示率 ${pct(falseAlarmRate)}；错误集 召回率 ${pct(recall)}，精确率 ${pct(precision)}；错误率 1% 时的精确率 ${pct(atRealRate)}`,
    )
  }
  const best = rows.filter((row) => row.precision >= 0.9).sort((a, b) => b.recall - a.recall)[0]
  console.log(
    best
      ? `   精确率 ≥ 90% 时的最高召回率：${pct(best.recall)}（置信度 ≥ ${best.minimum.toFixed(1)}）`
      : '   没有一个置信度阈值能使精确率 ≥ 90%',
  )
  // By level and rule, for the editor's view of the alarms above (every finding counted there).
  const byLevel = (level: Finding['level']) =>
    cleanFindings.filter((findings) => findings.some((f) => f.level === level)).length
  const rules = new Map<string, number>()
  for (const f of cleanFindings.flat()) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1)
  console.log(
    `   无错句中有提示级结果的 ${pct(byLevel('notice') / (clean.length || 1))}，须审核级 ${pct(byLevel('review') / (clean.length || 1))}；结果按类别：${[...rules].map(([rule, n]) => `${rule} ${n}`).join('，') || '无'}`,
  )
  const blocks = cleanFindings.flat().filter((f) => f.level === 'block')
  console.log(
    `   无错句上的禁止级结果：${blocks.length} 条，每十万字 ${((blocks.length / (chars || 1)) * 1e5).toFixed(1)} 条`,
  )
  if (showMisses) printMisses(clean, cleanFindings, pairs, pairFindings)
}

/** Positions (UTF-16 offsets) where a same-length source differs from its target; none when they are equal. */
function errorPositions(source: string, target: string): number[] {
  const out: number[] = []
  for (let i = 0; i < Math.max(source.length, target.length); i++)
    if (source[i] !== target[i]) out.push(i)
  return out
}

function printMisses(
  clean: string[],
  cleanFindings: Finding[][],
  pairs: { source: string; errors: number[] }[],
  pairFindings: Finding[][],
): void {
  const show = (f: Finding) => `${f.found}→${f.suggestion ?? f.category}（${f.rule}）`
  console.log('   误报（无错句）：')
  clean.forEach((sentence, i) => {
    if (cleanFindings[i]!.length)
      console.log(`     ${sentence}  ⟶ ${cleanFindings[i]!.map(show).join('；')}`)
  })
  console.log('   漏报与误报（错误集）：')
  pairs.forEach((pair, i) => {
    const findings = pairFindings[i]!
    const hit = pair.errors.some((at) =>
      findings.some((f) => at >= f.offset && at < f.offset + f.length),
    )
    if (pair.errors.length && !hit)
      console.log(`     漏：${pair.source}（第 ${pair.errors[0]! + 1} 字）`)
    else if (findings.length && !hit)
      console.log(`     误：${pair.source}  ⟶ ${findings.map(show).join('；')}`)
  })
}
