// Starts the public portal server (scripts/serve-site.ts) as its own process and waits until it listens.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { stopChild, waitForHttp } from './childServer.ts'
import { ROOT } from './paths.ts'

export type SiteServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** `cmsUrl`: where the on-demand pages (draft previews) read from. */
export async function startSiteServer({ root, port, quiet, cmsUrl }: { root: string; port: number; quiet?: boolean; cmsUrl: string }): Promise<SiteServer> {
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-site.ts'), root, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', CMS_URL: cmsUrl },
  })
  // Before the first build the server answers 503 (网站正在发布): listening is what counts here.
  await waitForHttp(child, url, '门户服务', { timeoutMs: 30_000, ready: () => true })
  return { url, process: child, stop: () => stopChild(child) }
}
