// The queue of portal builds: every content change adds one request row (never modified afterwards, so no
// change can be lost between a read and a write); the publisher claims all queued rows at once as one build
// once changes have been quiet for a moment (debounce), and records the outcome on each of them.
import type { Payload, PayloadRequest } from 'payload'
import type { SiteBuild } from '../../payload-types.ts'

export type SiteChange = { reason: string; collection?: string; docId?: string }

export async function requestSiteBuild(req: PayloadRequest, change: SiteChange): Promise<void> {
  await req.payload.create({
    req,
    collection: 'site-builds',
    data: { status: 'queued', requestedAt: new Date().toISOString(), reasons: [change] },
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Claims every queued request whose last change is older than `quietMs`, as one build.
 * Returns the claimed requests (none when nothing is due or a build is already running).
 */
export async function claimSiteBuild(payload: Payload, buildId: string, quietMs: number): Promise<SiteBuild[]> {
  const running = await payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } }, overrideAccess: true })
  if (running.totalDocs > 0) return []
  const queued = await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, depth: 0, overrideAccess: true, pagination: false })
  if (queued.docs.length === 0) return []
  const lastRequest = Math.max(...queued.docs.map((doc) => new Date(doc.requestedAt).getTime()))
  if (Date.now() - lastRequest < quietMs) return []
  await payload.update({
    collection: 'site-builds',
    where: { id: { in: queued.docs.map((doc) => doc.id) }, status: { equals: 'queued' } },
    data: { status: 'running', buildId, startedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return queued.docs
}

export type SiteBuildOutcome =
  | { status: 'succeeded'; pages: number; buildMs: number; indexMs: number; mode: 'full' | 'partial' }
  | { status: 'failed'; error: string }

/** Successful builds are kept this long; failures stay until someone has looked at them and cleaned up. */
const KEEP_SUCCEEDED_DAYS = 90

export async function finishSiteBuild(payload: Payload, ids: string[], outcome: SiteBuildOutcome): Promise<void> {
  await payload.update({
    collection: 'site-builds',
    where: { id: { in: ids } },
    data: { ...outcome, finishedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  const cutoff = new Date(Date.now() - KEEP_SUCCEEDED_DAYS * 86_400_000).toISOString()
  await payload.delete({ collection: 'site-builds', where: { status: { equals: 'succeeded' }, finishedAt: { less_than: cutoff } }, overrideAccess: true })
}
