// `npm run security:check`: the security self-check table (seed 004 §3.4.5 and the 等保 application checklist).
// Runs the automated tests behind each applicable item against a freshly started platform (the test suite's
// real PostgreSQL, CMS, portal and Chromium), runs the repository checks, and prints every item with its
// result. Exits non-zero when an applicable check fails; with --strict also when an item is not built yet.
// With --results <file> it reads the JSON report of a full test run instead of running the tests again.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { DENGBAO_ITEMS, SEED_ITEMS, type ChecklistItem } from './lib/securityChecklist.ts'
import { ROOT } from './lib/paths.ts'

const strict = process.argv.includes('--strict')
const resultsFile = path.join(ROOT, '.security-check.json')
type Result = 'pass' | 'fail' | 'na' | 'todo'

/** Tracked files must hold no key, password or key store; the local data directory must stay untracked. */
function noSecretsInRepo(): { ok: boolean; detail: string } {
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  if (files.status !== 0) return { ok: false, detail: '不是 git 仓库，无法检查' }
  const tracked = files.stdout.split('\0').filter(Boolean)
  const bad = tracked.filter(
    (file) =>
      file.startsWith('.data/') ||
      /(^|\/)(keystore\/|local-secrets\.json$|setup-code$|demo-accounts\.json$)/.test(file),
  )
  const pattern =
    /-----BEGIN [A-Z ]*PRIVATE KEY-----|HAIQIAO_MASTER_KEY=[0-9a-f]{16}|PAYLOAD_SECRET=[^\s$]{16}/
  for (const file of tracked) {
    const full = path.join(ROOT, file)
    if (!/\.(ts|tsx|mjs|js|json|md|env|yml|yaml|txt|sh)$/.test(file) || !existsSync(full)) continue
    if (pattern.test(readFileSync(full, 'utf8'))) bad.push(file)
  }
  const ignored = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .some((line) => line.trim().replace(/\/$/, '') === '.data')
  if (!ignored) bad.push('.gitignore 未忽略 .data')
  return bad.length
    ? { ok: false, detail: `发现：${bad.join('、')}` }
    : { ok: true, detail: `${tracked.length} 个受控文件中无密钥，.data 未纳入版本库` }
}

const items = [...SEED_ITEMS, ...DENGBAO_ITEMS]
const files = [...new Set(items.flatMap((item) => item.tests?.map((ref) => ref.file) ?? []))]
type Assertion = { fullName: string; status: string }
type Report = { testResults: { name: string; assertionResults: Assertion[] }[] }

/** The results of a full `npm test` run just before (CI passes `--results .test-results.json`), or a run of our own. */
function testReport(): Report {
  const given = process.argv.indexOf('--results')
  if (given !== -1) {
    const file = path.resolve(ROOT, process.argv[given + 1] ?? '')
    if (!existsSync(file)) throw new Error(`找不到测试结果文件 ${file}`)
    console.log(`[海桥] 安全自查：使用 ${path.relative(ROOT, file)} 中的测试结果`)
    return JSON.parse(readFileSync(file, 'utf8')) as Report
  }
  console.log(`[海桥] 安全自查：运行 ${files.length} 个测试文件…`)
  rmSync(resultsFile, { force: true })
  spawnSync(
    path.join(ROOT, 'node_modules/.bin/vitest'),
    ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=${resultsFile}`, ...files],
    { cwd: ROOT, stdio: 'inherit' },
  )
  const report = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Report)
    : { testResults: [] }
  rmSync(resultsFile, { force: true })
  return report
}
const report = testReport()
const assertions = (file: string) =>
  report.testResults.find((result) => path.relative(ROOT, result.name) === file)
    ?.assertionResults ?? []

function evaluate(item: ChecklistItem): { result: Result; detail: string } {
  if (item.status === 'na') return { result: 'na', detail: item.note ?? '' }
  if (item.status === 'todo') return { result: 'todo', detail: item.note ?? '未实现' }
  if (item.status === 'static') {
    const { ok, detail } = noSecretsInRepo()
    return { result: ok ? 'pass' : 'fail', detail }
  }
  const problems: string[] = []
  for (const ref of item.tests ?? []) {
    const matches = assertions(ref.file).filter((a) => a.fullName.includes(ref.name))
    if (!matches.length) problems.push(`未找到测试“${ref.name}”（${ref.file}）`)
    else if (matches.some((a) => a.status !== 'passed')) problems.push(`测试未通过：“${ref.name}”`)
  }
  const basis = (item.tests ?? [])
    .map((ref) => `${path.basename(ref.file, '.test.ts')}：${ref.name}`)
    .join('；')
  return problems.length
    ? { result: 'fail', detail: problems.join('；') }
    : { result: 'pass', detail: [basis, item.note].filter(Boolean).join('。') }
}

const LABEL: Record<Result, string> = { pass: '通过', fail: '不通过', na: '不适用', todo: '未实现' }
const counts: Record<Result, number> = { pass: 0, fail: 0, na: 0, todo: 0 }
for (const [heading, list] of [
  ['数字空间接入安全自查（招标文件 3.4.5，45 项）', SEED_ITEMS],
  ['等保三级应用检查清单（A1–A22）', DENGBAO_ITEMS],
] as const) {
  console.log(`\n${heading}\n${'─'.repeat(60)}`)
  for (const item of list) {
    const { result, detail } = evaluate(item)
    counts[result]++
    console.log(
      `${item.id.padStart(3)}  [${LABEL[result]}]${item.risk ? `（${item.risk}）` : ''} ${item.title}\n       ${detail}`,
    )
  }
}
console.log(
  `\n合计：通过 ${counts.pass}，不通过 ${counts.fail}，未实现 ${counts.todo}，不适用 ${counts.na}`,
)
const failed = counts.fail > 0 || (strict && counts.todo > 0)
if (counts.todo && !strict) console.log('（未实现的项在 --strict 模式下计为不通过）')
process.exit(failed ? 1 : 0)
