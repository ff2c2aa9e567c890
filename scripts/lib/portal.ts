// Brings up the public portal: the site server, the publisher, and a first build when none matches the source.
import { createLocalReq, type Payload } from 'payload'
import { requestSiteBuild } from '../../cms/lib/siteBuildQueue.ts'
import { currentBuild, siteLayout, siteSourceHash } from './siteBuild.ts'
import { startSitePublisher, type SitePublisher } from './sitePublisher.ts'
import { startSiteServer, type SiteServer } from './siteServer.ts'

type Options = { payload: Payload; cmsUrl: string; root: string; port: number; quietMs?: number; quiet?: boolean; log: (line: string) => void }

export type Portal = { url: string; server: SiteServer; publisher: SitePublisher; stop: () => Promise<void> }

export async function startPortal({ payload, cmsUrl, root, port, quietMs, quiet, log }: Options): Promise<Portal> {
  const layout = siteLayout(root)
  const server = await startSiteServer({ root, port, quiet, cmsUrl })
  const publisher = await startSitePublisher({ payload, layout, cmsUrl, quietMs, log })
  const live = await currentBuild(layout)
  if (!live || live.info.source !== siteSourceHash()) {
    log(live ? '门户代码已更新，正在重新构建…' : '正在构建门户网站（首次）…')
    await requestSiteBuild(await createLocalReq({}, payload), { reason: live ? '门户代码更新' : '首次构建' })
    await publisher.settled()
    if (!(await currentBuild(layout))) throw new Error('门户首次构建失败，详见上方日志')
  }
  return {
    url: server.url,
    server,
    publisher,
    stop: async () => {
      await publisher.stop()
      await server.stop()
    },
  }
}
