// Every `npm run bench:*` and `eval:*` script runs to the end at a tiny size and prints its figures, so a later
// change cannot silently break one. The figures themselves are not checked here: they come from full-size runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.ts'
import { runCli } from '../support/cli.ts'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-bench-smoke-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The scripts `npm run` knows by these names, as package.json's bootstrap maps them to files. */
const scripts = Object.keys(
  (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
  ).scripts,
).filter((name) => /^(bench|eval):/.test(name))
const fileOf = (name: string) =>
  name.startsWith('bench:') ? `bench/${name.slice(6)}.ts` : `scripts/${name.replace(':', '-')}.ts`

/** Tiny sizes per script, and a line each must print when it finishes. */
const TINY: Record<string, { args: string[]; prints: RegExp; env?: () => Record<string, string> }> =
  {
    'bench:crypto': { args: ['--ms', '20'], prints: /SM2 verify \(sm-crypto\)\s+\d/ },
    'bench:safety': {
      args: ['--words', '2000', '--runs', '20'],
      prints: /整篇检查[\s\S]*p50 [\d.]+ ms/,
    },
    // The measurement behind the matcher's noise-gap limit (issue 17 §3); reads ../shared/seeds as it is.
    'bench:safety-gap': { args: [], prints: /跨 \d+ 个噪声字符的命中：\d+/ },
    'bench:audit': {
      args: ['--records', '40'],
      prints: /verify chain\s+\d+ records in \d+ ms, intact/,
    },
    // The list read's figures (issue 16 §6: list reads are the path whose per-document work is watched).
    'bench:api': {
      args: ['--articles', '30', '--seconds', '1', '--connections', '2'],
      prints:
        /REST API reads — 30 articles[\s\S]*list\s+GET \/api\/articles\?limit=20&depth=0\s+p50\s+[\d.]+ ms\s+p99\s+[\d.]+ ms\s+\d+ req\/s[\s\S]*list\s+Local API find limit=20 depth=0 \(at rest\)\s+p50\s+[\d.]+ ms/,
    },
    'bench:site': { args: ['--sizes', '30'], prints: /publish one article → page live: [\d.]+ s/ },
    'eval:safety': {
      args: [],
      // …the block-level rate on clean official text (issue 17 §1), and the typo figures on the held-out set (§4).
      prints:
        /1\. SIGHAN 2015 测试集（3 句）[\s\S]*3\. 敏感词变体召回[\s\S]*official-clean\.txt（\d+ 段，\d+ 字）：禁止级 \d+ 条，每十万字 [\d.]+ 条[\s\S]*5\. 公文风格评测集 留出集[\s\S]*无错句提示率 [\d.]+%；错误集 召回率 [\d.]+%，精确率 [\d.]+%；错误率 1% 时的精确率 [\d.]+%[\s\S]*无错句上的禁止级结果：\d+ 条/,
      // Three sentences in the test set's format (wrong, then corrected), so part 1 runs without the download.
      env: () => {
        const file = path.join(scratch, 'sighan.tsv')
        writeFileSync(
          file,
          [
            '我们今天去公圆散步。\t我们今天去公园散步。',
            '他的成绩非常好。\t他的成绩非常好。',
            '这件事情以经办完了。\t这件事情已经办完了。',
          ].join('\n'),
        )
        return { HAIQIAO_SIGHAN15: file }
      },
    },
  }

describe('基准与评测脚本（极小规模试运行）', () => {
  it('每个 bench:* 与 eval:* 脚本都有试运行参数', () => {
    expect(scripts.filter((name) => !TINY[name])).toEqual([])
  })

  for (const name of scripts.filter((script) => TINY[script])) {
    const { args, prints, env } = TINY[name]!
    it(`npm run ${name} 运行到底并打印结果`, { timeout: 900_000 }, async () => {
      const run = await runCli(fileOf(name), args, env?.() ?? {})
      expect(run.status, `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(0)
      expect(run.stdout).toMatch(prints)
    })
  }
})
