// The records of 内容巡检 rounds (collection `safety-scans`) as the rounds and the request for one read and
// write them: the latest round in a state, a round started, finished, failed, or cut off by a stopped runner.
import type { Payload } from 'payload'
import { cutText } from '../../../contracts/text/index.ts'
import { SCANS } from '../collections/scans.ts'
import type { ScanFinding } from '../types.ts'

export type ScanRow = {
  id: string
  status: 'queued' | 'running' | 'done' | 'failed'
  dictionaryVersion?: string | null
  /** The identities of every finding of the round (collection/id/field/key), to tell new findings. */
  keys?: string[] | null
  trigger: 'dictionary' | 'manual'
}

/** What a round found: documents checked, every finding's identity, the findings kept in full, and counts. */
export type RoundResult = {
  documents: number
  keys: string[]
  findings: ScanFinding[]
  newFindings: number
  counts: { block: number; review: number; notice: number }
}

const collection = SCANS as 'safety-scans'

/** The latest round matching `where` (e.g. `{ status: { equals: 'done' } }`), hidden fields included. */
export async function latestScan(
  payload: Payload,
  where: Record<string, unknown>,
): Promise<ScanRow | undefined> {
  const { docs } = await payload.find({
    collection,
    where: where as never,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] as unknown as ScanRow | undefined
}

/** Rounds run one at a time (one job of the queue `safety` at a time): one still marked running was cut off. */
export async function failInterruptedScans(payload: Payload): Promise<void> {
  await payload.update({
    collection,
    where: { status: { equals: 'running' } },
    overrideAccess: true,
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: '巡检进程中断，未完成',
    } as never,
  })
}

/** Starts the queued round, or a new one because the dictionary changed; returns its id. */
export async function startScan(
  payload: Payload,
  queued: ScanRow | undefined,
  version: string,
): Promise<string> {
  const startedAt = new Date().toISOString()
  const scan = queued
    ? await payload.update({
        collection,
        id: queued.id,
        data: { status: 'running', dictionaryVersion: version, startedAt } as never,
        overrideAccess: true,
      })
    : await payload.create({
        collection,
        data: {
          status: 'running',
          trigger: 'dictionary',
          dictionaryVersion: version,
          startedAt,
        } as never,
        overrideAccess: true,
      })
  return String(scan.id)
}

export async function finishScan(payload: Payload, id: string, result: RoundResult): Promise<void> {
  const { documents, keys, findings, newFindings, counts } = result
  await payload.update({
    collection,
    id,
    overrideAccess: true,
    data: {
      status: 'done',
      finishedAt: new Date().toISOString(),
      documents,
      total: keys.length,
      newFindings,
      blockCount: counts.block,
      reviewCount: counts.review,
      noticeCount: counts.notice,
      findings,
      keys,
    } as never,
  })
}

export async function failScan(payload: Payload, id: string, error: unknown): Promise<void> {
  await payload.update({
    collection,
    id,
    overrideAccess: true,
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: cutText(error instanceof Error ? error.message : String(error), 500),
    } as never,
  })
}
