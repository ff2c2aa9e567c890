// Retention of the audit log. The log is partitioned by month (UTC). Months that ended more than the
// retention period ago (at least 180 days, 等保三级) are archived, never silently deleted: the month's records
// are written to a gzip JSON Lines file, the chain is re-verified while writing, and an `audit_archives` row
// records the archived range with the file's SM3 digest, signed with the platform's SM2 key. Only then is
// the partition detached and dropped, in the same transaction as that row. The chain verifier continues
// from the last archived record; checkArchives verifies the rows' signatures and, when the files are at
// hand, every archived record again.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { archiveMessage, chainProblem, sm3Hex } from './archiveManifest.ts'
import { archivePartition, type ArchivedMonth, type MonthPartition } from './archivePartition.ts'
import { GENESIS, type ChainedRecord } from './chain.ts'
import { appendAudit } from './writeAudit.ts'

export const MIN_RETENTION_DAYS = 180
/** Partitions are kept ready this many months ahead. */
const MONTHS_AHEAD = 12

/** HAIQIAO_AUDIT_RETENTION_DAYS (default and minimum 180). */
export function retentionDays(): number {
  const raw = process.env.HAIQIAO_AUDIT_RETENTION_DAYS
  const days = raw === undefined ? MIN_RETENTION_DAYS : Number(raw)
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS) {
    throw new Error(
      `HAIQIAO_AUDIT_RETENTION_DAYS=${raw} 无效：审计日志至少保留 ${MIN_RETENTION_DAYS} 天（等保三级）`,
    )
  }
  return days
}

/** HAIQIAO_AUDIT_ARCHIVE_DIR: where archive files go; point it at storage on another host (NFS, object store mount). */
export const archiveDir = () =>
  process.env.HAIQIAO_AUDIT_ARCHIVE_DIR ??
  path.resolve(process.env.HAIQIAO_DATA_DIR ?? '.data', 'audit-archive')

/** Creates the month partitions up to a year ahead; returns months whose records sit in the default partition. */
export async function ensurePartitions(pool: Pool, now = new Date()): Promise<string[]> {
  const ahead = new Date(now)
  ahead.setUTCMonth(ahead.getUTCMonth() + MONTHS_AHEAD)
  const { rows } = await pool.query<{ skipped: string[] }>(
    'SELECT audit_log_ensure_partitions($1, $2) AS skipped',
    [now, ahead],
  )
  return rows[0]!.skipped
}

export type { ArchivedMonth }

type ArchiveRow = {
  period: string
  records: string
  first_seq: string | null
  last_seq: string | null
  first_prev_hash: string | null
  last_hash: string | null
  file: string | null
  file_sm3: string | null
  archived_at: Date
  signature: string
  public_key: string
  user_id: string
  key_version: string
}

const fromRow = (row: ArchiveRow) => ({
  period: row.period,
  records: Number(row.records),
  firstSeq: row.first_seq === null ? null : Number(row.first_seq),
  lastSeq: row.last_seq === null ? null : Number(row.last_seq),
  firstPrevHash: row.first_prev_hash,
  lastHash: row.last_hash,
  file: row.file,
  fileSm3: row.file_sm3,
  archivedAt: row.archived_at.toISOString(),
})

/** Month partitions, oldest first, with the end of their range. */
async function monthPartitions(pool: Pool): Promise<MonthPartition[]> {
  const { rows } = await pool.query<{ relname: string }>(
    "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass AND c.relname ~ '^audit_log_p[0-9]{6}$' ORDER BY c.relname",
  )
  return rows.map(({ relname }) => {
    const year = Number(relname.slice(11, 15))
    const month = Number(relname.slice(15, 17))
    return {
      name: relname,
      period: `${year}-${String(month).padStart(2, '0')}`,
      end: new Date(Date.UTC(year, month, 1)),
    }
  })
}

/**
 * Archives every month partition whose month ended before now − retention. Refuses (throws) when the part
 * to archive does not continue the chain exactly, so a broken chain is never sealed into an archive.
 */
export async function archiveExpired(
  pool: Pool,
  crypto: CryptoProvider,
  { now = new Date(), days = retentionDays(), dir = archiveDir() } = {},
): Promise<ArchivedMonth[]> {
  if (days < MIN_RETENTION_DAYS) throw new Error(`审计日志至少保留 ${MIN_RETENTION_DAYS} 天`)
  const cutoff = now.getTime() - days * 86_400_000
  const archived: ArchivedMonth[] = []
  for (const partition of await monthPartitions(pool)) {
    if (partition.end.getTime() > cutoff) break
    archived.push(await archivePartition(pool, crypto, partition, dir))
  }
  if (archived.length) {
    await appendAudit(
      pool,
      {
        event: 'audit.archive',
        result: 'success',
        objectType: 'audit-archives',
        objectId: archived.map((a) => a.period).join(','),
        reason: `保留期 ${days} 天；归档 ${archived.reduce((n, a) => n + a.records, 0)} 条记录`,
      },
      crypto,
    )
  }
  return archived
}

/**
 * Problems with the archives: a signature not by the platform's keys, a gap in the archived chain, and, for
 * files found in `dir`, a digest or a record that differs. A file not found is a problem too, unless
 * `requireFiles` is false (the files were moved to another host).
 */
export async function checkArchives(
  pool: Pool,
  crypto: CryptoProvider,
  { dir = archiveDir(), requireFiles = true } = {},
): Promise<string | undefined> {
  const trusted = new Set(crypto.signingPublicKeys())
  const { rows } = await pool.query<ArchiveRow>('SELECT * FROM audit_archives ORDER BY period')
  let expected = { seq: 0, hash: GENESIS }
  for (const row of rows) {
    const archive = fromRow(row)
    if (!trusted.has(row.public_key)) return `审计归档 ${archive.period} 不是平台签名密钥签发的`
    const valid = crypto.verify(archiveMessage(archive), {
      signature: row.signature,
      publicKey: row.public_key,
      userId: row.user_id,
      keyVersion: Number(row.key_version),
    })
    if (!valid) return `审计归档 ${archive.period} 的 SM2 签名无效`
    if (archive.records === 0) continue
    if (archive.firstSeq !== expected.seq + 1 || archive.firstPrevHash !== expected.hash)
      return `审计归档 ${archive.period} 与前一归档不衔接（有记录缺失）`
    if (archive.file) {
      const full = path.join(dir, archive.file)
      if (!existsSync(full)) {
        if (requireFiles) return `审计归档文件 ${archive.file} 不在 ${dir}`
      } else {
        const bytes = readFileSync(full)
        if (sm3Hex(bytes) !== archive.fileSm3)
          return `审计归档文件 ${archive.file} 的 SM3 摘要与签名记录不符（文件被修改）`
        const problem = checkArchivedRecords(crypto, gunzipSync(bytes).toString('utf8'), archive)
        if (problem) return `审计归档文件 ${archive.file}：${problem}`
      }
    }
    expected = { seq: archive.lastSeq!, hash: archive.lastHash! }
  }
  return undefined
}

function checkArchivedRecords(
  crypto: CryptoProvider,
  text: string,
  archive: ReturnType<typeof fromRow>,
): string | undefined {
  const records = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ChainedRecord)
  if (records.length !== archive.records)
    return `记录数 ${records.length} 与签名记录的 ${archive.records} 不符`
  return (
    chainProblem(crypto, records, archive.firstSeq!, archive.firstPrevHash!) ??
    (records.at(-1)?.hash === archive.lastHash ? undefined : '末条记录哈希与签名记录不符')
  )
}
