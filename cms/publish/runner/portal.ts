// Brings up the public portal: the site server, and a first build when none matches the source. The builds
// are run by a job runner given `publishing` (publisher.ts), which the caller starts first.
import { createLocalReq, type Payload } from 'payload'
import { requestSiteBuild } from '../queue.ts'
import { currentBuild, siteSourceHash, type SiteLayout } from './build.ts'
import type { SitePublishing } from './publisher.ts'
import { startSiteServer, type SiteServer } from './siteServer.ts'

type Options = {
  payload: Payload
  publishing: SitePublishing
  layout: SiteLayout
  cmsUrl: string
  port: number
  quiet?: boolean
  log: (line: string) => void
}

export type Portal = { url: string; server: SiteServer; stop: () => Promise<void> }

export async function startPortal({
  payload,
  publishing,
  layout,
  cmsUrl,
  port,
  quiet,
  log,
}: Options): Promise<Portal> {
  const server = await startSiteServer({ root: layout.root, port, quiet, cmsUrl })
  const live = await currentBuild(layout)
  if (!live || live.info.source !== siteSourceHash()) {
    log(live ? '门户代码已更新，正在重新构建…' : '正在构建门户网站（首次）…')
    await requestSiteBuild(await createLocalReq({}, payload), {
      reason: live ? '门户代码更新' : '首次构建',
    })
    await publishing.settled(payload)
    if (!(await currentBuild(layout))) throw new Error('门户首次构建失败，详见上方日志')
  }
  return { url: server.url, server, stop: () => server.stop() }
}
