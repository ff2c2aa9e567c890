// Runs the built CMS with `next start` and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './paths.ts'

export type CmsServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

type Options = { port: number; env: Record<string, string>; quiet?: boolean }

export async function startCmsServer({ port, env, quiet }: Options): Promise<CmsServer> {
  const url = `http://127.0.0.1:${port}`
  const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, ...env, CMS_URL: url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`管理后台进程退出（退出码 ${code}）`))))
  await Promise.race([waitForHttp(`${url}/api/users/me`), exited])
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
  return { url, process: child, stop }
}

async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`等待 ${url} 超时`)
}
