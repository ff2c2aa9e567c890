// The portal's publisher, run by the job runner (task `site-publish`, queue `site`, cms/publish/task.ts):
// takes the queued build requests once changes have been quiet for `quietMs`, builds (partial when only
// articles changed), switches the site, records the outcome. The launcher hands it to its runner.
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { SiteBuild } from '../../../payload-types.ts'
import { claimSiteBuild, finishSiteBuild } from '../queue.ts'
import { SITE_PUBLISHER, type SitePublisher } from '../task.ts'
import { buildSite, type SiteLayout } from './build.ts'

type Options = {
  layout: SiteLayout
  cmsUrl: string
  quietMs?: number
  log?: (line: string) => void
}

export type SitePublishing = {
  /** For the job runner's `context`: the `site-publish` task finds the publisher there. */
  context: Record<string, SitePublisher>
  /** Resolves when nothing is queued or building (polls every `pollMs`). */
  settled: (payload: Payload, pollMs?: number) => Promise<void>
  /** Kills a build in progress (the launcher is stopping); the live site stays as it is. */
  abort: () => void
}

/** A build id that sorts by time: `YYYYMMDDhhmmss-<6 hex>`. */
const newBuildId = () =>
  `${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`

/** The changed article ids when every change is to an article (a partial build), else undefined. */
function changedArticlesOnly(requests: SiteBuild[]): string[] | undefined {
  const changes = requests.flatMap((request) => request.reasons ?? [])
  const onlyArticles =
    changes.length > 0 &&
    changes.every((change) => change.collection === 'articles' && change.docId)
  return onlyArticles ? changes.map((c) => c.docId!) : undefined
}

/** Builds the claimed requests as build `id` and records the outcome on them; never throws for a failed build. */
async function buildClaimed(
  payload: Payload,
  id: string,
  requests: SiteBuild[],
  { layout, cmsUrl, signal, log }: Required<Omit<Options, 'quietMs'>> & { signal: AbortSignal },
): Promise<void> {
  const claimed = requests.map((request) => request.id)
  try {
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      overrideAccess: true,
    })
    const info = await buildSite({
      layout,
      id,
      cmsUrl,
      siteUrl: settings.siteUrl,
      changedArticles: changedArticlesOnly(requests),
      signal,
      log,
    })
    await finishSiteBuild(payload, claimed, {
      status: 'succeeded',
      pages: info.pages,
      buildMs: info.buildMs,
      indexMs: info.indexMs,
      mode: info.mode,
    })
    log(
      `门户已更新（${info.mode === 'partial' ? '增量' : '全量'}，${info.pages} 页，构建 ${info.buildMs} ms，${info.liveMs} ms 时上线，索引 ${info.indexMs} ms）`,
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await finishSiteBuild(payload, claimed, { status: 'failed', error: message.slice(0, 4000) })
    log(`门户构建失败，继续提供上一版本：${message}`)
  }
}

/** Site builds queued or running. */
const pending = async (payload: Payload) =>
  (
    await payload.count({
      collection: 'site-builds',
      where: { status: { in: ['queued', 'running'] } },
      overrideAccess: true,
    })
  ).totalDocs

export function sitePublishing({
  layout,
  cmsUrl,
  quietMs = 1500,
  log = () => {},
}: Options): SitePublishing {
  const abort = new AbortController()
  const publisher: SitePublisher = {
    publish: async (payload) => {
      const id = newBuildId()
      const claim = await claimSiteBuild(payload, id, quietMs)
      if (!('requests' in claim)) return claim
      if (!claim.requests.length) return {}
      await buildClaimed(payload, id, claim.requests, { layout, cmsUrl, signal: abort.signal, log })
      return {}
    },
  }
  return {
    context: { [SITE_PUBLISHER]: publisher },
    settled: async (payload, pollMs = 300) => {
      while ((await pending(payload)) > 0) await new Promise((r) => setTimeout(r, pollMs))
    },
    abort: () => abort.abort(),
  }
}
