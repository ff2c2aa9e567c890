// The walls (README, 架构简述): dependency-cruiser checks every import of our code against the rules in
// .dependency-cruiser.cjs — the site only over HTTP and contracts/, plugins only on cms/lib and contracts/,
// CMS core never into a plugin, contracts/ on nothing of ours, the CMS app never into the publish runner
// (cms/publish/runner/, the only CMS module on the launcher's helpers), a plugin's engine on nothing of the host
// (no Payload, Next, React, CMS or the rest of its plugin), no import loops. Astro components, which it
// cannot parse, are read here for the site's rule. A fixture with one back-arrow per rule shows the check
// catches each (a parser that saw nothing would otherwise pass).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.ts'

const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs')
const CLI = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs')
/** What is checked: everything of ours that runs (tests and benchmarks may reach anywhere). */
const CHECKED = [
  'payload.config.ts',
  'cms',
  'plugins',
  'site',
  'contracts',
  'scripts',
  'migrations',
]

type Rule = { name: string; from: { path?: string }; to: { path?: string } }
const rules = (createRequire(import.meta.url)(CONFIG) as { forbidden: Rule[] }).forbidden

type Violation = { from: string; to: string; rule: { name: string }; cycle?: { name: string }[] }
type CruiseResult = { modules: { source: string }[]; summary: { violations: Violation[] } }

/** Runs dependency-cruiser with the repository's rules in `cwd` over `targets` (paths relative to it). */
function cruise(cwd: string, targets: string[]): CruiseResult {
  const run = spawnSync(
    process.execPath,
    [CLI, '--config', CONFIG, '--output-type', 'json', ...targets],
    { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  if (!run.stdout)
    throw new Error(`dependency-cruiser 未输出结果（退出码 ${run.status}）：${run.stderr}`)
  return JSON.parse(run.stdout) as CruiseResult
}

/** One line per violation: `rule: from → to` (a loop listed in full). */
const readable = (violations: Violation[]) =>
  violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.cycle?.length ? v.cycle.map((step) => step.name).join(' → ') : v.to}`,
  )

/** Module specifiers an .astro file imports (frontmatter and scripts; static, dynamic and re-exports). */
function astroImports(text: string): string[] {
  const found: string[] = []
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
  ]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!)
  return found
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? astroFiles(full) : entry.name.endsWith('.astro') ? [full] : []
  })
}

describe('依赖方向（dependency-cruiser）', () => {
  it('代码中没有反向依赖，也没有循环依赖', () => {
    const result = cruise(ROOT, CHECKED)
    // Each part was actually read (a parser that saw nothing would find nothing wrong).
    for (const part of ['cms/', 'plugins/', 'site/', 'contracts/', 'scripts/']) {
      expect(
        result.modules.some((module) => module.source.startsWith(part)),
        `未检查到 ${part} 下的模块`,
      ).toBe(true)
    }
    expect(
      readable(result.summary.violations),
      '违反依赖规则的导入（规则见 .dependency-cruiser.cjs）',
    ).toEqual([])
  })

  it('门户的 .astro 组件与页面也只经 contracts/ 与 HTTP 访问管理后台', () => {
    const rule = rules.find((candidate) => candidate.name === 'site-only-over-contracts')!
    const forbidden = new RegExp(rule.to.path!)
    const files = astroFiles(path.join(ROOT, 'site/src'))
    expect(files.length).toBeGreaterThan(10)
    const violations = files.flatMap((file) =>
      astroImports(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) =>
          path
            .relative(ROOT, path.resolve(path.dirname(file), specifier))
            .split(path.sep)
            .join('/'),
        )
        .filter((target) => forbidden.test(target))
        .map((target) => `${rule.name}: ${path.relative(ROOT, file)} → ${target}`),
    )
    expect(violations).toEqual([])
  })

  it('读取 .astro 导入的方式覆盖静态、动态导入与再导出', () => {
    const text = `---\nimport Base from '../layouts/Base.astro'\nimport type { X } from "../../../cms/lib/x.ts"\nexport { y } from '../y.ts'\nconst z = await import('../../../plugins/p/index.ts')\n---\n<script>import '../scripts/a.ts'</script>`
    expect(astroImports(text).sort()).toEqual([
      '../../../cms/lib/x.ts',
      '../../../plugins/p/index.ts',
      '../layouts/Base.astro',
      '../scripts/a.ts',
      '../y.ts',
    ])
  })

  it('每条规则都能发现它所禁止的导入（含循环依赖）', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'haiqiao-walls-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    try {
      write('site/src/page.ts', "import { x } from '../../cms/lib/x.ts'\nexport const page = x\n")
      write('contracts/shape.ts', "import { x } from '../cms/lib/x.ts'\nexport const shape = x\n")
      write(
        'cms/lib/x.ts',
        "import { hook } from '../hooks/hook.ts'\nexport const x = typeof hook\n",
      )
      write(
        'cms/hooks/hook.ts',
        "import { inner } from '../../plugins/p/inner.ts'\nexport const hook = inner\n",
      )
      write(
        'cms/plugins.ts',
        "import { inner } from '../plugins/p/inner.ts'\nimport { p } from '../plugins/p/index.ts'\nexport const plugins = [inner, p]\n",
      )
      write('plugins/p/index.ts', 'export const p = 1\n')
      write(
        'plugins/p/inner.ts',
        "import type { hook } from '../../cms/hooks/hook.ts'\nexport const inner: typeof hook | 2 = 2\n",
      )
      write('plugins/q/index.ts', "import { p } from '../p/index.ts'\nexport const q = p\n")
      write(
        'plugins/p/engine/text.ts',
        "import { x } from '../../../cms/lib/x.ts'\nimport type { Config } from 'payload'\nimport { p } from '../index.ts'\nimport { rule } from './rule.ts'\nexport const text: [typeof x, Config | null, number, number] = [x, null, p, rule]\n",
      )
      write('plugins/p/engine/rule.ts', 'export const rule = 1\n')
      write('scripts/lib/tool.ts', 'export const tool = 1\n')
      write(
        'cms/publish/runner/build.ts',
        "import { tool } from '../../../scripts/lib/tool.ts'\nexport const build = tool\n",
      )
      write(
        'cms/jobs/index.ts',
        "import { build } from '../publish/runner/build.ts'\nimport { tool } from '../../scripts/lib/tool.ts'\nexport const jobs = [build, tool]\n",
      )
      const found = cruise(dir, ['site', 'contracts', 'cms', 'plugins']).summary.violations
      expect([...new Set(found.map((v) => v.rule.name))].sort()).toEqual(
        rules.map((rule) => rule.name).sort(),
      )
      // The assembly may import a plugin's public entry: only its import of the plugin's internals is reported.
      expect(
        readable(found).filter((line) => line.startsWith('assembly-only-plugin-entry')),
      ).toEqual(['assembly-only-plugin-entry: cms/plugins.ts → plugins/p/inner.ts'])
      // An engine may use its own modules; the CMS, Payload and the rest of its plugin are reported.
      expect(readable(found).filter((line) => line.startsWith('engine-pure'))).toEqual([
        'engine-pure: plugins/p/engine/text.ts → cms/lib/x.ts',
        'engine-pure: plugins/p/engine/text.ts → payload',
        'engine-pure: plugins/p/engine/text.ts → plugins/p/index.ts',
      ])
      // The publish runner may use the launcher's helpers: only the CMS app's imports are reported.
      expect(readable(found).filter((line) => line.startsWith('cms-not-into-launcher'))).toEqual([
        'cms-not-into-launcher: cms/jobs/index.ts → scripts/lib/tool.ts',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
