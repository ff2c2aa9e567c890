// Runs queued portal builds one at a time (cms/lib/siteBuildQueue.ts): waits until changes have been quiet
// for `quietMs`, builds (partial when only articles changed), switches the site, records the outcome.
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { claimSiteBuild, finishSiteBuild } from '../../cms/lib/siteBuildQueue.ts'
import { buildSite, type SiteLayout } from './siteBuild.ts'

type Options = { payload: Payload; layout: SiteLayout; cmsUrl: string; quietMs?: number; pollMs?: number; log?: (line: string) => void }

export type SitePublisher = { stop: () => Promise<void>; /** Resolves when nothing is queued or building. */ settled: () => Promise<void> }

export async function startSitePublisher({ payload, layout, cmsUrl, quietMs = 1500, pollMs = 300, log = () => {} }: Options): Promise<SitePublisher> {
  // A build that was running when the previous process died will never finish: record it as failed.
  await payload.update({
    collection: 'site-builds', where: { status: { equals: 'running' } }, overrideAccess: true, depth: 0,
    data: { status: 'failed', error: '构建进程中断（服务重启），已保留上一版本', finishedAt: new Date().toISOString() },
  })
  let running: Promise<void> | undefined
  let stopped = false
  const abort = new AbortController()

  const runOnce = async (): Promise<boolean> => {
    const id = `${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`
    const requests = await claimSiteBuild(payload, id, quietMs)
    if (!requests.length) return false
    const claimed = requests.map((request) => request.id)
    const changes = requests.flatMap((request) => request.reasons ?? [])
    const onlyArticles = changes.length > 0 && changes.every((change) => change.collection === 'articles' && change.docId)
    try {
      const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
      const info = await buildSite({ layout, id, cmsUrl, siteUrl: settings.siteUrl, changedArticles: onlyArticles ? changes.map((c) => c.docId!) : undefined, signal: abort.signal, log })
      await finishSiteBuild(payload, claimed, { status: 'succeeded', pages: info.pages, buildMs: info.buildMs, indexMs: info.indexMs, mode: info.mode })
      log(`门户已更新（${info.mode === 'partial' ? '增量' : '全量'}，${info.pages} 页，构建 ${info.buildMs} ms，${info.liveMs} ms 时上线，索引 ${info.indexMs} ms）`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await finishSiteBuild(payload, claimed, { status: 'failed', error: message.slice(0, 4000) })
      log(`门户构建失败，继续提供上一版本：${message}`)
    }
    return true
  }

  const timer = setInterval(() => {
    if (running || stopped) return
    running = runOnce().then(() => undefined, (error: unknown) => { if (!stopped) log(`发布队列出错：${String(error)}`) }).finally(() => { running = undefined })
  }, pollMs)

  const pending = async () => (await payload.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, overrideAccess: true })).totalDocs

  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      abort.abort()
      await running
    },
    settled: async () => {
      while (running || (await pending()) > 0) await new Promise((r) => setTimeout(r, pollMs))
    },
  }
}
