// Signed checkpoints of the audit chain: the current tail (seq, hash) signed with SM2, stored append-only.
// Verification accepts only signatures by the platform's own signing keys. Checkpoints are required: a
// record left without one (in the database or as the anchor outside it) for longer than the audit job's
// interval plus a minute is a problem.
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { archivedTail } from './verifyAuditChain.ts'

export const checkpointMessage = (seq: number, hash: string, at: string) =>
  Buffer.from(`haiqiao-audit-checkpoint|${seq}|${hash}|${at}`)

/** Signs the chain's tail if it moved since the last checkpoint; returns the signed sequence number, if any. */
export async function signCheckpoint(
  pool: Pool,
  crypto: CryptoProvider,
): Promise<number | undefined> {
  const tail = await pool.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  )
  const last = await pool.query<{ seq: string }>(
    'SELECT seq FROM audit_checkpoints ORDER BY seq DESC LIMIT 1',
  )
  if (!tail.rows[0] || Number(last.rows[0]?.seq ?? 0) >= Number(tail.rows[0].seq)) return undefined
  const seq = Number(tail.rows[0].seq)
  const at = new Date().toISOString()
  const signed = crypto.sign(checkpointMessage(seq, tail.rows[0].hash, at))
  await pool.query(
    'INSERT INTO audit_checkpoints (seq, hash, at, signature, public_key, user_id, key_version) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [
      seq,
      tail.rows[0].hash,
      at,
      signed.signature,
      signed.publicKey,
      signed.userId,
      signed.keyVersion,
    ],
  )
  return seq
}

/** HAIQIAO_AUDIT_CHECK_MINUTES (default 5): how often the audit job verifies, signs and archives. */
export function checkIntervalMs(): number {
  const raw = process.env.HAIQIAO_AUDIT_CHECK_MINUTES ?? '5'
  const minutes = Number(raw)
  if (!(minutes > 0 && minutes <= 1440))
    throw new Error(`HAIQIAO_AUDIT_CHECK_MINUTES=${raw} 无效：应为 1440 以内的正数（分钟）`)
  return minutes * 60_000
}

/** How long a record may wait for its checkpoint: one interval of the audit job plus a minute of slack. */
export const coverageLimitMs = () => checkIntervalMs() + 60_000

/**
 * The records after the newest checkpoint (and after the archives and the newest anchor outside the database,
 * `anchoredSeq`, itself a signed checkpoint), if the oldest of them has waited longer than `limitMs` at `now`:
 * a problem, in Chinese. Call it on a chain already verified, so `at` is genuine.
 */
export async function uncoveredTail(
  pool: Pool,
  { now = new Date(), limitMs = coverageLimitMs(), anchoredSeq = 0 } = {},
): Promise<string | undefined> {
  const {
    rows: [last],
  } = await pool.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM audit_checkpoints')
  const covered = Math.max(Number(last?.seq ?? 0), (await archivedTail(pool)).seq, anchoredSeq)
  const {
    rows: [tail],
  } = await pool.query<{ n: string; first: Date | null; first_seq: string | null }>(
    'SELECT count(*) AS n, min(at) AS first, min(seq) AS first_seq FROM audit_log WHERE seq > $1',
    [covered],
  )
  if (!tail?.first || now.getTime() - tail.first.getTime() <= limitMs) return undefined
  const minutes = Math.round((now.getTime() - tail.first.getTime()) / 60_000)
  return `链尾 ${tail.n} 条记录（第 ${tail.first_seq} 条起，最早写于 ${tail.first.toISOString()}）已 ${minutes} 分钟没有签名检查点或库外锚点覆盖，超过 ${Math.round(limitMs / 60_000)} 分钟的上限：审计任务没有运行，或检查点被删除`
}

type CheckpointRow = {
  seq: string
  hash: string
  at: Date
  signature: string
  public_key: string
  user_id: string
  key_version: string
}

/** Problems with the checkpoints against the chain: forged signatures, hashes that differ, a cut-off tail. */
export async function checkCheckpoints(
  pool: Pool,
  crypto: CryptoProvider,
): Promise<string | undefined> {
  const trusted = new Set(crypto.signingPublicKeys())
  const { rows } = await pool.query<CheckpointRow>('SELECT * FROM audit_checkpoints ORDER BY seq')
  const chain = await pool.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_log WHERE seq = ANY($1::numeric[])',
    [rows.map((row) => row.seq)],
  )
  const hashes = new Map(chain.rows.map((r) => [Number(r.seq), r.hash]))
  const archivedUpTo = (await archivedTail(pool)).seq
  for (const row of rows) {
    const seq = Number(row.seq)
    if (!trusted.has(row.public_key)) return `检查点 ${seq} 不是平台签名密钥签发的`
    const valid = crypto.verify(checkpointMessage(seq, row.hash, row.at.toISOString()), {
      signature: row.signature,
      publicKey: row.public_key,
      userId: row.user_id,
      keyVersion: Number(row.key_version),
    })
    if (!valid) return `检查点 ${seq} 的 SM2 签名无效`
    // Archived records are checked against their archive (archive.ts: checkArchives).
    if (seq <= archivedUpTo) continue
    if (!hashes.has(seq)) return `检查点 ${seq} 之后的审计记录被截断或删除`
    if (hashes.get(seq) !== row.hash) return `检查点 ${seq} 的链尾哈希与审计日志不符`
  }
  return undefined
}
