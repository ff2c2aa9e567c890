// Starts the public portal server (scripts/serve-site.ts) as its own process and waits until it listens.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './paths.ts'

export type SiteServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

export async function startSiteServer({ root, port, quiet }: { root: string; port: number; quiet?: boolean }): Promise<SiteServer> {
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-site.ts'), root, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`门户服务进程退出（退出码 ${code}）`))))
  await Promise.race([waitForListen(url), exited])
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
  return { url, process: child, stop }
}

async function waitForListen(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url).then(() => true, () => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`等待门户服务 ${url} 超时`)
}
