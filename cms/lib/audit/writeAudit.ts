// Appends one record to the audit chain (keyed: chain.ts). Runs in its own short transaction under a PostgreSQL advisory lock,
// so concurrent writers (CMS server, launcher) never fork the chain. Fails closed: the caller's hook throws.
import { randomUUID } from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import type { Pool, PoolClient } from 'pg'
import { getCrypto, type CryptoProvider } from '../crypto/index.ts'
import { requestAddress } from '../http/clientIp.ts'
import { cleanText, cutText } from '../../../contracts/text/index.ts'
import { chainHash, type AuditEntry } from './chain.ts'
import { archivedTail } from './verifyAuditChain.ts'

/** The audit_log columns in chain order (also the columns of the audit admin's CSV export). */
export const AUDIT_COLUMNS = ['seq', 'at', 'event', 'result', 'actor_id', 'actor_roles', 'session_id', 'ip', 'user_agent', 'object_type', 'object_id', 'reason', 'request_id', 'before_digest', 'after_digest', 'prev_hash', 'hash'] as const

export const auditPool = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

export async function writeAudit(payload: Payload, entry: AuditEntry): Promise<void> {
  try {
    await appendAudit(auditPool(payload), entry)
  } catch (error) {
    // Fail closed: the operation that needed this record is refused (its transaction rolls back).
    payload.logger.error({ err: error, msg: `【审计告警】审计记录写入失败：${entry.event}` })
    throw new APIError('审计日志暂时无法写入，操作已取消，请稍后重试', 503, { code: 'audit_unavailable' }, true)
  }
}

/** Runs `work` in a transaction holding the audit chain's advisory lock: the chain's writers take turns. */
export async function inAuditTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query("SELECT pg_advisory_xact_lock(hashtext('haiqiao.audit_log'))")
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/**
 * Appends to the chain through a pool (for jobs outside a Payload request); throws the database error.
 * `crypto` holds the audit chain's key (the platform's provider unless a test brings its own).
 */
export function appendAudit(pool: Pool, written: AuditEntry, crypto: CryptoProvider = getCrypto()): Promise<void> {
  // Text as every stored text (contracts/text): a NUL would fail the insert, a control character the exports.
  const entry = Object.fromEntries(Object.entries(written).map(([key, value]) => [key, typeof value === 'string' ? cleanText(value) : value])) as AuditEntry
  return inAuditTransaction(pool, async (client) => {
    const last = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
    // An empty log continues after the last archived record (or starts the chain).
    const tail = last.rows[0] ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash } : await archivedTail(client)
    const seq = tail.seq + 1
    const prevHash = tail.hash
    const record = { ...entry, seq, at: new Date().toISOString() }
    const hash = chainHash(crypto, prevHash, record)
    const values = [seq, record.at, entry.event, entry.result, entry.actorId ?? null, entry.actorRoles ?? null, entry.sessionId ?? null, entry.ip ?? null,
      entry.userAgent ?? null, entry.objectType ?? null, entry.objectId ?? null, entry.reason ?? null, entry.requestId ?? null,
      entry.beforeDigest ?? null, entry.afterDigest ?? null, prevHash, hash]
    await client.query(`INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, values)
  })
}

/** Who, from where, in which request: the context part of an audit entry. */
export function requestContext(req: PayloadRequest): Pick<AuditEntry, 'actorId' | 'actorRoles' | 'ip' | 'userAgent' | 'requestId' | 'sessionId'> {
  req.context.requestId ??= randomUUID()
  const headers = req.headers
  const user = req.user as { id?: string; roles?: string[]; _sid?: string } | null | undefined
  return {
    actorId: user?.id ? String(user.id) : null,
    actorRoles: user?.roles?.join(',') ?? null,
    sessionId: user?._sid ?? null,
    ip: headers ? requestAddress(req) : null,
    userAgent: cutText(headers?.get('user-agent') ?? '', 300) || null,
    requestId: String(req.context.requestId),
  }
}
