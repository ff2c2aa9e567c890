// Runs the built CMS with `next start` and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { stopChild, waitForHttp } from './childServer.ts'
import { ROOT } from './paths.ts'

export type CmsServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

type Options = { port: number; env: Record<string, string | undefined>; quiet?: boolean }

export async function startCmsServer({ port, env, quiet }: Options): Promise<CmsServer> {
  const url = `http://127.0.0.1:${port}`
  const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, ...env, CMS_URL: url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  await waitForHttp(child, `${url}/api/users/me`, '管理后台')
  return { url, process: child, stop: () => stopChild(child) }
}
