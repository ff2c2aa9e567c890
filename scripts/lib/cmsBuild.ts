// Production build of the CMS (Next + Payload admin), redone only when its inputs changed.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { hashTree } from './hashTree.ts'
import { CMS_DIR, ROOT } from './paths.ts'

const STAMP = path.join(CMS_DIR, '.next', 'haiqiao-build-hash')
const INPUTS = ['cms', 'plugins', 'contracts', 'payload.config.ts', 'package-lock.json']
const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts'])

export async function ensureCmsBuild(log: (line: string) => void): Promise<void> {
  const want = hashTree(INPUTS, SKIP)
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return
  log('正在构建管理后台（next build，首次约 1–2 分钟）…')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['build', 'cms'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`管理后台构建失败（退出码 ${code}）`)),
    )
  })
  writeFileSync(STAMP, want)
}
