// Recomputes the audit chain from the database and reports the first record that was edited, deleted,
// inserted or reordered behind the application's back. Archived months (archive.ts) are checked there; the
// chain in the database continues from the last archived record.
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { GENESIS, linkProblem, type ChainedRecord } from './chain.ts'

export type ChainReport =
  { ok: true; records: number } | { ok: false; records: number; brokenAt: number; problem: string }

export type AuditRow = Record<string, string | Date | null>

export const toRecord = (row: AuditRow): ChainedRecord => ({
  seq: Number(row.seq),
  at: (row.at as Date).toISOString(),
  event: row.event as string,
  result: row.result as 'success' | 'failure',
  actorId: row.actor_id as string | null,
  actorRoles: row.actor_roles as string | null,
  sessionId: row.session_id as string | null,
  ip: row.ip as string | null,
  userAgent: row.user_agent as string | null,
  objectType: row.object_type as string | null,
  objectId: row.object_id as string | null,
  reason: row.reason as string | null,
  requestId: row.request_id as string | null,
  beforeDigest: row.before_digest as string | null,
  afterDigest: row.after_digest as string | null,
  prevHash: row.prev_hash as string,
  hash: row.hash as string,
})

const BATCH = 5000

/** Where the chain in the database starts: after the last archived record (archive.ts), or at its beginning. */
export async function archivedTail(
  db: Pick<Pool, 'query'>,
): Promise<{ seq: number; hash: string }> {
  const { rows } = await db.query<{ last_seq: string; last_hash: string }>(
    'SELECT last_seq, last_hash FROM audit_archives WHERE records > 0 ORDER BY last_seq DESC LIMIT 1',
  )
  return rows[0]
    ? { seq: Number(rows[0].last_seq), hash: rows[0].last_hash }
    : { seq: 0, hash: GENESIS }
}

/**
 * Walks the chain in the database from its start (after the archives), or only the links after `from` (a
 * record already vouched for), with the audit key. `records` counts the rows walked; a broken link is
 * reported at its sequence number.
 */
export async function verifyAuditChain(
  pool: Pool,
  crypto: CryptoProvider,
  { from }: { from?: { seq: number; hash: string } } = {},
): Promise<ChainReport> {
  const start = from ?? (await archivedTail(pool))
  let prevHash = start.hash
  let expected = start.seq + 1
  let records = 0
  for (;;) {
    // Keyset batches by sequence number: memory stays flat however long the log is.
    const { rows } = await pool.query<AuditRow>(
      'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2',
      [expected, BATCH],
    )
    for (const row of rows) {
      const record = toRecord(row)
      records++
      const problem = linkProblem(crypto, record, expected, prevHash)
      if (problem) return { ok: false, records, brokenAt: expected, problem }
      prevHash = record.hash
      expected++
    }
    if (rows.length < BATCH) break
  }
  if (from) return { ok: true, records }
  // Records below the expected range (a duplicated sequence number, or records an archive claims to hold)
  // are not reached by the walk above.
  const total = await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')
  if (Number(total.rows[0]!.n) !== records)
    return {
      ok: false,
      records: Number(total.rows[0]!.n),
      brokenAt: expected - 1,
      problem: '存在链外记录（序号重复或早于链首）',
    }
  return { ok: true, records }
}
