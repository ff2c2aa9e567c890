// The queue of portal builds: every content change adds one request row (never modified afterwards, so no
// change can be lost between a read and a write) and, in the same transaction, a `site-publish` job on the
// jobs queue (queue `site`). The job (task.ts) runs the publisher its runner was given (runner/publisher.ts):
// it claims all queued rows at once as one build once changes have been quiet for a moment (debounce; until
// then the job queues its follow-up), and records the outcome on each of them. One job of the queue runs at
// a time across all runners (cms/lib/jobs), so one build at a time.
import type { Payload, PayloadRequest } from 'payload'
import type { SiteBuild } from '../../payload-types.ts'

export type SiteChange = { reason: string; collection?: string; docId?: string }

export const SITE_QUEUE = 'site'
/** The task that runs the publisher (task.ts); every request queues one. */
export const SITE_PUBLISH_TASK = 'site-publish'

export async function requestSiteBuild(req: PayloadRequest, change: SiteChange): Promise<void> {
  await req.payload.create({
    req,
    collection: 'site-builds',
    data: { status: 'queued', requestedAt: new Date().toISOString(), reasons: [change] },
    overrideAccess: true,
    depth: 0,
  })
  await req.payload.jobs.queue({ task: SITE_PUBLISH_TASK, queue: SITE_QUEUE, input: {}, req })
}

/**
 * Claims every queued request, as one build, once the last change is older than `quietMs`; before that,
 * `waitMs` says how long to wait. Runs only within the `site` queue's turn: a build still marked running
 * was cut off (the runner stopped or died), and is recorded as failed first.
 */
export async function claimSiteBuild(
  payload: Payload,
  buildId: string,
  quietMs: number,
): Promise<{ requests: SiteBuild[] } | { waitMs: number }> {
  await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    overrideAccess: true,
    depth: 0,
    data: {
      status: 'failed',
      error: '构建进程中断（服务重启），已保留上一版本',
      finishedAt: new Date().toISOString(),
    },
  })
  const queued = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  if (queued.docs.length === 0) return { requests: [] }
  const lastRequest = Math.max(...queued.docs.map((doc) => new Date(doc.requestedAt).getTime()))
  const quietFor = Date.now() - lastRequest
  if (quietFor < quietMs) return { waitMs: quietMs - quietFor }
  await payload.update({
    collection: 'site-builds',
    where: { id: { in: queued.docs.map((doc) => doc.id) }, status: { equals: 'queued' } },
    data: { status: 'running', buildId, startedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return { requests: queued.docs }
}
export type SiteBuildOutcome =
  | {
      status: 'succeeded'
      pages: number
      buildMs: number
      indexMs: number
      mode: 'full' | 'partial'
    }
  | { status: 'failed'; error: string }

/** Successful builds are kept this long; failures stay until someone has looked at them and cleaned up. */
const KEEP_SUCCEEDED_DAYS = 90

export async function finishSiteBuild(
  payload: Payload,
  ids: string[],
  outcome: SiteBuildOutcome,
): Promise<void> {
  await payload.update({
    collection: 'site-builds',
    where: { id: { in: ids } },
    data: { ...outcome, finishedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  const cutoff = new Date(Date.now() - KEEP_SUCCEEDED_DAYS * 86_400_000).toISOString()
  await payload.delete({
    collection: 'site-builds',
    where: { status: { equals: 'succeeded' }, finishedAt: { less_than: cutoff } },
    overrideAccess: true,
  })
}
