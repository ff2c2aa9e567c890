// The audit chain: each record's hash is SM3(previous hash ‖ canonical record). Shared by writer and verifier.
import { sm3 } from '../crypto/sm.ts'

export type AuditEntry = {
  event: string
  result: 'success' | 'failure'
  actorId?: string | null
  actorRoles?: string | null
  sessionId?: string | null
  ip?: string | null
  userAgent?: string | null
  objectType?: string | null
  objectId?: string | null
  reason?: string | null
  requestId?: string | null
  beforeDigest?: string | null
  afterDigest?: string | null
}

export type ChainedRecord = AuditEntry & { seq: number; at: string; prevHash: string; hash: string }

/** Hash of the (empty) chain's start. */
export const GENESIS = '0'.repeat(64)

const FIELDS = ['seq', 'at', 'event', 'result', 'actorId', 'actorRoles', 'sessionId', 'ip', 'userAgent', 'objectType', 'objectId', 'reason', 'requestId', 'beforeDigest', 'afterDigest'] as const

/** A fixed field order and explicit nulls: the same record always serialises to the same bytes. */
export function canonical(record: Omit<ChainedRecord, 'prevHash' | 'hash'>): string {
  return JSON.stringify(FIELDS.map((field) => record[field] ?? null))
}

export const chainHash = (prevHash: string, record: Omit<ChainedRecord, 'prevHash' | 'hash'>) =>
  sm3(`${prevHash}\n${canonical(record)}`).toString('hex')

/**
 * Checks that `record` is the next link after `seq` − 1 / `prevHash`: why not, in Chinese, or undefined.
 * The one check the verifier, the archiver and the archive check walk the chain with.
 */
export function linkProblem(record: ChainedRecord, seq: number, prevHash: string): string | undefined {
  const { prevHash: storedPrev, hash, ...content } = record
  if (content.seq !== seq) return `序号不连续：期望 ${seq}，实际 ${content.seq}（记录被删除或插入）`
  if (storedPrev !== prevHash) return '前一记录哈希不匹配（记录被删除、插入或重排）'
  if (chainHash(prevHash, content) !== hash) return '记录内容与哈希不符（记录被修改）'
  return undefined
}

/** SM3 digest of a document for before/after fields (key order normalised). */
export function digestOf(doc: unknown): string | null {
  if (doc === undefined || doc === null) return null
  const sorted = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sorted)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]))
        : value
  return sm3(JSON.stringify(sorted(doc))).toString('hex')
}
