// The audit chain: each record's hash is HMAC-SM3(audit-chain key, previous hash ‖ canonical record), as
// `v<key version>:<hex>`. The key is held by the crypto module (key store or hardware module), never in the
// database: someone with full SQL rights but no key cannot recompute a link. Shared by writer and verifier.
// Records written before the chain was keyed (an upgraded install) carry a plain SM3 hash (64 hex digits):
// they stay verifiable, but only as the chain's beginning and only if dated before the audit key was made —
// a plain link after a keyed one, or a plain link on a fresh install, is a forgery.
import type { CryptoProvider } from '../crypto/index.ts'
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

const FIELDS = [
  'seq',
  'at',
  'event',
  'result',
  'actorId',
  'actorRoles',
  'sessionId',
  'ip',
  'userAgent',
  'objectType',
  'objectId',
  'reason',
  'requestId',
  'beforeDigest',
  'afterDigest',
] as const

/** A fixed field order and explicit nulls: the same record always serialises to the same bytes. */
export function canonical(record: Omit<ChainedRecord, 'prevHash' | 'hash'>): string {
  return JSON.stringify(FIELDS.map((field) => record[field] ?? null))
}

type Content = Omit<ChainedRecord, 'prevHash' | 'hash'>

const linkInput = (prevHash: string, record: Content) => `${prevHash}\n${canonical(record)}`

/** The keyed hash of the link after `prevHash` (HMAC-SM3 with the current audit-chain key). */
export const chainHash = (crypto: CryptoProvider, prevHash: string, record: Content) =>
  crypto.integrityTag(linkInput(prevHash, record), 'audit-chain')

/** A plain SM3 link, as written before the chain was keyed. */
const LEGACY_HASH = /^[0-9a-f]{64}$/

/**
 * Checks that `record` is the next link after `seq` − 1 / `prevHash`: why not, in Chinese, or undefined.
 * The one check the verifier, the archiver, the archive check and the anchoring job walk the chain with.
 */
export function linkProblem(
  crypto: CryptoProvider,
  record: ChainedRecord,
  seq: number,
  prevHash: string,
): string | undefined {
  const { prevHash: storedPrev, hash, ...content } = record
  if (content.seq !== seq) return `序号不连续：期望 ${seq}，实际 ${content.seq}（记录被删除或插入）`
  if (storedPrev !== prevHash) return '前一记录哈希不匹配（记录被删除、插入或重排）'
  if (LEGACY_HASH.test(hash)) {
    const keyed = crypto.keyCreatedAt('audit-chain')
    const legacy =
      (prevHash === GENESIS || LEGACY_HASH.test(prevHash)) &&
      (!keyed || Date.parse(content.at) < keyed.getTime())
    if (!legacy) return '哈希不是用平台审计密钥计算的（记录被修改或伪造后用 SM3 重算了哈希链）'
    return sm3(linkInput(prevHash, content)).toString('hex') === hash
      ? undefined
      : '记录内容与哈希不符（记录被修改）'
  }
  if (!crypto.keyCreatedAt('audit-chain')) {
    return '本机密钥库中没有审计密钥，无法校验（HAIQIAO_KEYSTORE_DIR、HAIQIAO_MASTER_KEY 应与写入审计日志的服务器相同）'
  }
  if (!crypto.verifyIntegrityTag(linkInput(prevHash, content), hash, 'audit-chain')) {
    return '记录内容与密钥哈希（HMAC-SM3）不符（记录被修改、伪造，或哈希链被重算）'
  }
  return undefined
}

/** SM3 digest of a document for before/after fields (key order normalised). */
export function digestOf(doc: unknown): string | null {
  if (doc === undefined || doc === null) return null
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value
  return sm3(JSON.stringify(sorted(doc))).toString('hex')
}
