// Recomputes the audit chain from the database and reports the first record that was edited, deleted,
// inserted or reordered behind the application's back.
import type { Pool } from 'pg'
import { chainHash, GENESIS, type ChainedRecord } from './chain.ts'

export type ChainReport = { ok: true; records: number } | { ok: false; records: number; brokenAt: number; problem: string }

type Row = Record<string, string | Date | null>

const toRecord = (row: Row): ChainedRecord => ({
  seq: Number(row.seq), at: (row.at as Date).toISOString(), event: row.event as string, result: row.result as 'success' | 'failure',
  actorId: row.actor_id as string | null, actorRoles: row.actor_roles as string | null, sessionId: row.session_id as string | null,
  ip: row.ip as string | null, userAgent: row.user_agent as string | null, objectType: row.object_type as string | null,
  objectId: row.object_id as string | null, reason: row.reason as string | null, requestId: row.request_id as string | null,
  beforeDigest: row.before_digest as string | null, afterDigest: row.after_digest as string | null,
  prevHash: row.prev_hash as string, hash: row.hash as string,
})

export async function verifyAuditChain(pool: Pool): Promise<ChainReport> {
  const { rows } = await pool.query<Row>('SELECT * FROM audit_log ORDER BY seq')
  let prevHash = GENESIS
  for (const [index, row] of rows.entries()) {
    const { prevHash: storedPrev, hash, ...record } = toRecord(row)
    if (record.seq !== index + 1) return { ok: false, records: rows.length, brokenAt: index + 1, problem: `序号不连续：期望 ${index + 1}，实际 ${record.seq}（记录被删除或插入）` }
    if (storedPrev !== prevHash) return { ok: false, records: rows.length, brokenAt: record.seq, problem: '前一记录哈希不匹配（记录被删除、插入或重排）' }
    if (chainHash(prevHash, record) !== hash) return { ok: false, records: rows.length, brokenAt: record.seq, problem: '记录内容与哈希不符（记录被修改）' }
    prevHash = hash
  }
  return { ok: true, records: rows.length }
}
