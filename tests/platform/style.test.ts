// One formatter, one linter (README, 代码格式与检查): every file is as Prettier (Payload's settings) writes it,
// ESLint reports no error, and the size warnings (a file over 300 lines, a function over 60) are counted and
// printed. Both run as child processes, so the test process's event loop stays free. Fixtures show each check
// catches what it is for (a check that read nothing would otherwise pass).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.ts'

const PRETTIER = path.join(ROOT, 'node_modules/prettier/bin/prettier.cjs')
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js')
const SIZE_RULES = ['max-lines', 'max-lines-per-function']
/** Linting the whole tree on a shared, busy machine takes a while; nothing here measures time. */
const SLOW = 300_000

type Run = { status: number | null; stdout: string; stderr: string }
type LintMessage = { ruleId: string | null; severity: 1 | 2; line: number; message: string }
type LintResult = { filePath: string; messages: LintMessage[] }

/** Runs `node <bin> ...args` in the repository root, `input` on its stdin; resolves when it exits. */
function run(bin: string, args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end(input)
  })
}

/** ESLint's JSON report for `args` (paths, or `--stdin` with `input`). */
async function lint(args: string[], input?: string): Promise<LintResult[]> {
  const result = await run(ESLINT, ['--format', 'json', ...args], input)
  if (!result.stdout.startsWith('[')) {
    throw new Error(`ESLint 未输出结果（退出码 ${result.status}）：${result.stderr}`)
  }
  return JSON.parse(result.stdout) as LintResult[]
}

/** One line per message: `file:line rule message`. */
function readable(results: LintResult[], keep: (message: LintMessage) => boolean): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter(keep)
      .map((m) => `${path.relative(ROOT, result.filePath)}:${m.line} ${m.ruleId} ${m.message}`),
  )
}

describe('代码格式（Prettier）与代码检查（ESLint）', () => {
  it(
    '所有文件均为 Prettier 按 Payload 的设置排出的格式',
    async () => {
      const result = await run(PRETTIER, ['--list-different', '.'])
      expect(result.stderr).toBe('')
      expect(
        result.stdout.split('\n').filter(Boolean),
        '格式不符的文件（npm run format 修正）',
      ).toEqual([])
      expect(result.status).toBe(0)
    },
    SLOW,
  )

  it(
    'ESLint 无错误；超长文件与函数作为警告计数并列出',
    async () => {
      const results = await lint(['.'])
      for (const part of ['cms/', 'plugins/', 'site/', 'contracts/', 'scripts/', 'tests/']) {
        const seen = results.some((r) => path.relative(ROOT, r.filePath).startsWith(part))
        expect(seen, `未检查到 ${part} 下的文件`).toBe(true)
      }
      expect(
        readable(results, (m) => m.severity === 2 || !SIZE_RULES.includes(m.ruleId ?? '')),
      ).toEqual([])

      const oversized = readable(results, (m) => SIZE_RULES.includes(m.ruleId ?? ''))
      const files = oversized.filter((line) => line.includes(' max-lines ')).length
      const functions = oversized.filter((line) => line.includes(' max-lines-per-function ')).length
      const report = `体量警告 ${oversized.length} 条：超过 300 行的文件 ${files} 个，超过 60 行的函数 ${functions} 个`
      console.log([report, ...oversized.map((line) => `  ${line}`)].join('\n'))
      expect(Number.isInteger(oversized.length)).toBe(true)
      expect(files + functions).toBe(oversized.length)
    },
    SLOW,
  )

  it('格式检查能发现未按设置排版的代码', async () => {
    const misformatted = 'const a = "x";\nexport default a\n'
    const result = await run(
      PRETTIER,
      ['--check', '--stdin-filepath', 'cms/lib/x.ts'],
      misformatted,
    )
    expect(result.status).not.toBe(0)
    const formatted = await run(PRETTIER, ['--stdin-filepath', 'cms/lib/x.ts'], misformatted)
    expect(formatted.stdout).toBe("const a = 'x'\nexport default a\n")
  })

  it('代码检查把错误报为错误，把超长文件与函数报为警告', async () => {
    const body = Array.from({ length: 61 }, (_, i) => `  total += ${i}`).join('\n')
    const filler = Array.from({ length: 240 }, (_, i) => `export const value${i} = ${i}`).join('\n')
    const source = `let unused: any = 1\nexport function long(total: number): number {\n${body}\n  return total\n}\n${filler}\n`
    const [result] = await lint(['--stdin', '--stdin-filename', 'cms/lib/fixture.ts'], source)
    const found = result!.messages.map((m) => `${m.severity} ${m.ruleId}`).sort()
    expect(found).toEqual([
      '1 max-lines',
      '1 max-lines-per-function',
      '2 @typescript-eslint/no-explicit-any',
      '2 @typescript-eslint/no-unused-vars',
      '2 prefer-const',
    ])
  })
})
