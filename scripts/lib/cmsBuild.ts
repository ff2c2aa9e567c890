// Production build of the CMS (Next + Payload admin), redone only when its inputs changed.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CMS_DIR, ROOT } from './paths.ts'

const STAMP = path.join(CMS_DIR, '.next', 'haiqiao-build-hash')
const INPUTS = ['cms', 'plugins', 'payload.config.ts', 'package-lock.json']
const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts'])

function hashInputs(): string {
  const hash = createHash('sha256')
  const visit = (target: string) => {
    if (!existsSync(target)) return
    if (statSync(target).isDirectory()) {
      for (const entry of readdirSync(target).sort()) if (!SKIP.has(entry)) visit(path.join(target, entry))
    } else {
      hash.update(path.relative(ROOT, target)).update(readFileSync(target))
    }
  }
  for (const input of INPUTS) visit(path.join(ROOT, input))
  return hash.digest('hex')
}

export async function ensureCmsBuild(log: (line: string) => void): Promise<void> {
  const want = hashInputs()
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return
  log('正在构建管理后台（next build，首次约 1–2 分钟）…')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['build', 'cms'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`管理后台构建失败（退出码 ${code}）`))))
  })
  writeFileSync(STAMP, want)
}
