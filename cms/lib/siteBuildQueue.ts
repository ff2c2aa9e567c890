// The queue of portal builds: content changes request one, the publisher claims and records them.
// Requests arriving while one is queued join it (debounce); a running build is never joined.
import type { Payload, PayloadRequest } from 'payload'

/** Beyond this many changes one request stands for all of them, which forces a full build. */
const MAX_REASONS = 100

export type SiteChange = { reason: string; collection?: string; docId?: string }

export async function requestSiteBuild(req: PayloadRequest, change: SiteChange): Promise<void> {
  const { payload } = req
  const now = new Date().toISOString()
  const queued = await payload.find({
    req,
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = queued.docs[0]
  if (existing) {
    const all = [...(existing.reasons ?? []), change]
    const reasons = all.length > MAX_REASONS ? [{ reason: `共 ${all.length} 项变更`, collection: '*' }] : all
    await payload.update({ req, collection: 'site-builds', id: existing.id, data: { requestedAt: now, reasons }, overrideAccess: true, depth: 0 })
    return
  }
  await payload.create({ req, collection: 'site-builds', data: { status: 'queued', requestedAt: now, reasons: [change] }, overrideAccess: true, depth: 0 })
}

/**
 * Claims every queued request whose last change is older than `quietMs`, as one build.
 * Returns the claimed ids (empty when nothing is due or a build is already running).
 */
export async function claimSiteBuild(payload: Payload, buildId: string, quietMs: number): Promise<string[]> {
  const running = await payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } }, overrideAccess: true })
  if (running.totalDocs > 0) return []
  const queued = await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, limit: 100, depth: 0, overrideAccess: true, pagination: false })
  if (queued.docs.length === 0) return []
  const lastRequest = Math.max(...queued.docs.map((doc) => new Date(doc.requestedAt).getTime()))
  if (Date.now() - lastRequest < quietMs) return []
  const ids = queued.docs.map((doc) => doc.id)
  await payload.update({
    collection: 'site-builds',
    where: { id: { in: ids }, status: { equals: 'queued' } },
    data: { status: 'running', buildId, startedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return ids
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
