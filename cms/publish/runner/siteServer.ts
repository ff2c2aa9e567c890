// Starts the public portal server (scripts/serve-site.ts) as its own process and waits until it listens.
// The portal is the internet-facing process: it gets the CMS's address and the service credential it signs
// its calls with (from the key store, cms/lib/crypto), and none of the CMS's own secrets.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { getCrypto } from '../../lib/crypto/index.ts'
import { SERVICE_CREDENTIAL_ENV } from '../../../contracts/serviceRequest.ts'
import { stopChild, waitForHttp } from '../../../scripts/lib/childServer.ts'
import { ROOT } from '../../../scripts/lib/paths.ts'

export type SiteServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** What the portal process must not inherit from the launcher: database, key store and CMS secrets. */
const CMS_ONLY = [
  'DATABASE_URL',
  'DATABASE_APP_URL',
  'PAYLOAD_SECRET',
  'HAIQIAO_MASTER_KEY',
  'HAIQIAO_KEYSTORE_DIR',
]

type Options = {
  root: string
  port: number
  quiet?: boolean
  cmsUrl: string
  env?: Record<string, string>
}

/** `cmsUrl`: where the on-demand pages (forms, draft previews) call the CMS; `env`: further settings (e.g. proxy trust). */
export async function startSiteServer({
  root,
  port,
  quiet,
  cmsUrl,
  env: extra,
}: Options): Promise<SiteServer> {
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    NODE_ENV: 'production',
    CMS_URL: cmsUrl,
    [SERVICE_CREDENTIAL_ENV]: getCrypto().serviceCredential(),
  }
  for (const name of CMS_ONLY) delete env[name]
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/serve-site.ts'), root, String(port)],
    {
      cwd: ROOT,
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
      env,
    },
  )
  // Before the first build the server answers 503 (网站正在发布): listening is what counts here.
  await waitForHttp(child, url, '门户服务', { timeoutMs: 30_000, ready: () => true })
  return { url, process: child, stop: () => stopChild(child) }
}
