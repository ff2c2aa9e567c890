// Archiving one month partition of the audit log: its records are re-verified as a run of the chain, written
// to a gzip JSON Lines file, recorded in a signed `audit_archives` row, and only then is the partition
// detached and dropped, in the same transaction as that row (archive.ts decides which months).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { archiveMessage, chainProblem, sm3Hex, type ArchiveManifest } from './archiveManifest.ts'
import type { ChainedRecord } from './chain.ts'
import { writeDurableFile } from './durableFile.ts'
import { archivedTail, toRecord, type AuditRow } from './verifyAuditChain.ts'
import { inAuditTransaction } from './writeAudit.ts'

export type ArchivedMonth = { period: string; records: number; file: string | null }

/** A month partition of `audit_log`: table name, `YYYY-MM`, and the (exclusive) end of its range. */
export type MonthPartition = { name: string; period: string; end: Date }

/**
 * The partition's records, checked to continue the archived chain exactly and to be followed without a gap
 * by the records still in the log. Throws (archiving stops) otherwise.
 */
async function readPartition(
  pool: Pool,
  crypto: CryptoProvider,
  partition: MonthPartition,
): Promise<ChainedRecord[]> {
  const { rows } = await pool.query<AuditRow>(`SELECT * FROM "${partition.name}" ORDER BY seq`)
  const previous = await archivedTail(pool)
  const records: ChainedRecord[] = rows.map(toRecord)
  const problem = chainProblem(crypto, records, previous.seq + 1, previous.hash)
  if (problem)
    throw new Error(
      `审计日志 ${partition.period}：${problem}，已停止归档，请先执行 npm run audit:verify`,
    )
  const later = await pool.query<{ min: string | null }>(
    `SELECT min(seq) AS min FROM audit_log WHERE at >= $1`,
    [partition.end],
  )
  const last = records.at(-1)
  if (last && later.rows[0]!.min !== null && Number(later.rows[0]!.min) !== last.seq + 1) {
    throw new Error(`审计日志 ${partition.period} 之后的记录序号不连续（时钟回拨？），已停止归档`)
  }
  return records
}

/** Writes the month's records to `dir` (durably) and checks what landed; the file name and its SM3. */
function writeArchiveFile(
  dir: string,
  period: string,
  records: ChainedRecord[],
): { file: string | null; fileSm3: string | null } {
  if (!records.length) return { file: null, fileSm3: null }
  const file = `audit-log-${period}.jsonl.gz`
  const bytes = gzipSync(Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n'))
  writeDurableFile(dir, file, bytes)
  const fileSm3 = sm3Hex(readFileSync(path.join(dir, file)))
  if (fileSm3 !== sm3Hex(bytes)) throw new Error(`归档文件 ${file} 写入后校验失败，已停止归档`)
  return { file, fileSm3 }
}

/** The signed `audit_archives` row and the partition's removal, in one transaction. */
async function sealArchive(
  pool: Pool,
  crypto: CryptoProvider,
  partition: MonthPartition,
  manifest: ArchiveManifest,
): Promise<void> {
  const table = `"${partition.name}"`
  const signed = crypto.sign(archiveMessage(manifest))
  await inAuditTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO audit_archives (period, records, first_seq, last_seq, first_prev_hash, last_hash, file, file_sm3, archived_at, signature, public_key, user_id, key_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        manifest.period,
        manifest.records,
        manifest.firstSeq,
        manifest.lastSeq,
        manifest.firstPrevHash,
        manifest.lastHash,
        manifest.file,
        manifest.fileSm3,
        manifest.archivedAt,
        signed.signature,
        signed.publicKey,
        signed.userId,
        signed.keyVersion,
      ],
    )
    // A record written into the partition since it was read would be lost with it: refuse instead.
    const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)
    if (Number(count.rows[0]!.n) !== manifest.records)
      throw new Error(`审计日志 ${partition.period} 在归档期间有新记录写入，已停止归档`)
    await client.query(`ALTER TABLE audit_log DETACH PARTITION ${table}`)
    await client.query(`DROP TABLE ${table}`)
  })
}

/** Archives one month partition (see the header); throws, archiving nothing of it, on any problem. */
export async function archivePartition(
  pool: Pool,
  crypto: CryptoProvider,
  partition: MonthPartition,
  dir: string,
): Promise<ArchivedMonth> {
  const records = await readPartition(pool, crypto, partition)
  const { file, fileSm3 } = writeArchiveFile(dir, partition.period, records)
  const last = records.at(-1)
  await sealArchive(pool, crypto, partition, {
    period: partition.period,
    records: records.length,
    firstSeq: records[0]?.seq ?? null,
    lastSeq: last?.seq ?? null,
    firstPrevHash: records[0]?.prevHash ?? null,
    lastHash: last?.hash ?? null,
    file,
    fileSm3,
    archivedAt: new Date().toISOString(),
  })
  return { period: partition.period, records: records.length, file }
}
