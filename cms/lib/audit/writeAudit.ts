// Appends records to the audit chain (keyed: chain.ts) under a PostgreSQL advisory lock, so concurrent writers
// (every app server, the launcher's jobs) never fork the chain. Two ways in, by what the record is about:
// - `auditChange(req, entry)`: something the request changes in its transaction. The record is held and
//   appended inside that transaction just before it commits, so it commits or rolls back with the change; a
//   failed append rolls the change back (503). Taking the chain's lock last, right before COMMIT, means a
//   transaction holding it waits for nothing else: no lock-order deadlock with row locks, and the lock is held
//   for the few statements of the append only.
// - `writeAudit(payload, entry)`: a record that must stand whatever the request does next (a refusal, a failed
//   login, a read of personal data), or work outside a request: its own short transaction, committed at once.
// Both fail closed: the caller's operation is refused.
import { randomUUID } from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import type { Pool, PoolClient } from 'pg'
import { getCrypto, type CryptoProvider } from '../crypto/index.ts'
import { requestAddress } from '../http/clientIp.ts'
import { cleanText, cutText } from '../../../contracts/text/index.ts'
import { chainHash, type AuditEntry } from './chain.ts'
import { archivedTail } from './verifyAuditChain.ts'

/** The audit_log columns in chain order (also the columns of the audit admin's CSV export). */
export const AUDIT_COLUMNS = [
  'seq',
  'at',
  'event',
  'result',
  'actor_id',
  'actor_roles',
  'session_id',
  'ip',
  'user_agent',
  'object_type',
  'object_id',
  'reason',
  'request_id',
  'before_digest',
  'after_digest',
  'prev_hash',
  'hash',
] as const

export const auditPool = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** What the append needs of a connection (a pool client, or the one under the request's transaction). */
type Connection = Pick<PoolClient, 'query'>

const unavailable = (payload: Payload, event: string, error: unknown) => {
  payload.logger.error({ err: error, msg: `【审计告警】审计记录写入失败：${event}` })
  return new APIError(
    '审计日志暂时无法写入，操作已取消，请稍后重试',
    503,
    { code: 'audit_unavailable' },
    true,
  )
}

/** Writes a record now, in its own transaction (see the top of this file for when); throws 503 if it cannot. */
export async function writeAudit(payload: Payload, entry: AuditEntry): Promise<void> {
  try {
    await appendAudit(auditPool(payload), entry)
  } catch (error) {
    // Fail closed: the operation that needed this record is refused (its transaction rolls back).
    throw unavailable(payload, entry.event, error)
  }
}

/** Runs `work` in a transaction holding the audit chain's advisory lock: the chain's writers take turns. */
export async function inAuditTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await lockChain(client)
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
 * Takes the chain's lock until the end of the transaction. The tail is read after it, by a later statement:
 * only under READ COMMITTED does that statement see the records committed while this one waited.
 */
async function lockChain(connection: Connection): Promise<void> {
  const { rows } = await connection.query<{ isolation: string }>(
    "SELECT pg_advisory_xact_lock(hashtext('haiqiao.audit_log')), current_setting('transaction_isolation') AS isolation",
  )
  if (rows[0]?.isolation !== 'read committed')
    throw new Error(`审计链只能在 READ COMMITTED 事务中追加（当前为 ${rows[0]?.isolation}）`)
}

/** Text as every stored text (contracts/text): a NUL would fail the insert, a control character the exports. */
const cleaned = (written: AuditEntry): AuditEntry =>
  Object.fromEntries(
    Object.entries(written).map(([key, value]) => [
      key,
      typeof value === 'string' ? cleanText(value) : value,
    ]),
  ) as AuditEntry

/** Appends `entries` in order after the chain's tail; the caller holds the chain's lock in this transaction. */
async function appendEntries(
  connection: Connection,
  entries: AuditEntry[],
  crypto: CryptoProvider,
): Promise<void> {
  const last = await connection.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  )
  // An empty log continues after the last archived record (or starts the chain).
  let tail = last.rows[0]
    ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash }
    : await archivedTail(connection)
  for (const entry of entries) {
    const record = { ...entry, seq: tail.seq + 1, at: new Date().toISOString() }
    const hash = chainHash(crypto, tail.hash, record)
    const values = [
      record.seq,
      record.at,
      entry.event,
      entry.result,
      entry.actorId ?? null,
      entry.actorRoles ?? null,
      entry.sessionId ?? null,
      entry.ip ?? null,
      entry.userAgent ?? null,
      entry.objectType ?? null,
      entry.objectId ?? null,
      entry.reason ?? null,
      entry.requestId ?? null,
      entry.beforeDigest ?? null,
      entry.afterDigest ?? null,
      tail.hash,
      hash,
    ]
    await connection.query(
      `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    )
    tail = { seq: record.seq, hash }
  }
}

/**
 * Appends to the chain through a pool (for jobs outside a Payload request); throws the database error.
 * `crypto` holds the audit chain's key (the platform's provider unless a test brings its own).
 */
export function appendAudit(
  pool: Pool,
  written: AuditEntry,
  crypto: CryptoProvider = getCrypto(),
): Promise<void> {
  return inAuditTransaction(pool, (client) => appendEntries(client, [cleaned(written)], crypto))
}

/** The adapter's open transactions (Payload's postgres adapter keeps each one's drizzle handle by id). */
type Session = { db: { session?: { client?: Connection } } }
type Adapter = {
  sessions?: Record<string, Session | undefined>
  commitTransaction: (id: string | number | Promise<string | number | null>) => Promise<void>
  rollbackTransaction: (id: string | number | Promise<string | number | null>) => Promise<void>
}

/** Records waiting for their transaction's commit. Weak: a transaction that rolls back takes its records along. */
const pending = new WeakMap<Session, AuditEntry[]>()
const joined = new WeakSet<Adapter>()

/** The pg client under a transaction of the adapter (drizzle's node-postgres transaction keeps it on its session). */
function connectionOf(session: Session): Connection {
  const client = session.db.session?.client
  if (typeof client?.query !== 'function') throw new Error('无法取得事务的数据库连接')
  return client
}

/** Makes the adapter append a transaction's held records, under the chain's lock, right before it commits. */
function appendBeforeCommit(payload: Payload, adapter: Adapter): void {
  if (joined.has(adapter)) return
  joined.add(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (id) => {
    const key = id instanceof Promise ? await id : id
    const session = key === null ? undefined : adapter.sessions?.[String(key)]
    const entries = session ? pending.get(session) : undefined
    if (session && entries?.length) {
      pending.delete(session)
      try {
        const connection = connectionOf(session)
        await lockChain(connection)
        await appendEntries(connection, entries, getCrypto())
      } catch (error) {
        await adapter.rollbackTransaction(key!).catch(() => {})
        throw unavailable(payload, entries[0]!.event, error)
      }
    }
    return commit(key ?? '')
  }
}

/**
 * Records a change `req` makes in its transaction: appended when that transaction commits, gone if it rolls
 * back (see the top of this file). A request without a transaction has its record written at once.
 */
export async function auditChange(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const adapter = req.payload.db as unknown as Adapter
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id === undefined || id === null ? undefined : adapter.sessions?.[String(id)]
  if (!session) return writeAudit(req.payload, entry)
  appendBeforeCommit(req.payload, adapter)
  const entries = pending.get(session) ?? []
  entries.push(cleaned(entry))
  pending.set(session, entries)
}

/** Who, from where, in which request: the context part of an audit entry. */
export function requestContext(
  req: PayloadRequest,
): Pick<AuditEntry, 'actorId' | 'actorRoles' | 'ip' | 'userAgent' | 'requestId' | 'sessionId'> {
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
