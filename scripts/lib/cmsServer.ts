// Runs the built CMS (scripts/cms-serve.ts) and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { stopChild, waitForHttp } from './childServer.ts'
import { ROOT } from './paths.ts'

export type CmsServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

type Options = { port: number; env: Record<string, string | undefined>; quiet?: boolean }

export async function startCmsServer({ port, env, quiet }: Options): Promise<CmsServer> {
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/cms-serve.ts')], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CMS_URL: url,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  await waitForHttp(child, `${url}/api/users/me`, '管理后台')
  return { url, process: child, stop: () => stopChild(child) }
}
