// What an archived month is signed as, and the chain check both archiving and verifying run over records.
import type { CryptoProvider } from '../crypto/index.ts'
import { sm3 } from '../crypto/sm.ts'
import { linkProblem, type ChainedRecord } from './chain.ts'

/** One archived month as recorded in `audit_archives` (sequence numbers, hashes, file and its SM3). */
export type ArchiveManifest = {
  period: string
  records: number
  firstSeq: number | null
  lastSeq: number | null
  firstPrevHash: string | null
  lastHash: string | null
  file: string | null
  fileSm3: string | null
  archivedAt: string
}

/** The bytes the platform's SM2 key signs for an archived month. */
export const archiveMessage = (a: ArchiveManifest) =>
  Buffer.from(
    [
      'haiqiao-audit-archive',
      a.period,
      a.records,
      a.firstSeq,
      a.lastSeq,
      a.firstPrevHash,
      a.lastHash,
      a.file,
      a.fileSm3,
      a.archivedAt,
    ]
      .map((v) => v ?? '')
      .join('|'),
  )

/** SM3 digest, hex. */
export const sm3Hex = (bytes: Buffer) => sm3(bytes).toString('hex')

/** The first broken link of `records` as a run of the chain starting at `seq` after `prevHash`. */
export function chainProblem(
  crypto: CryptoProvider,
  records: ChainedRecord[],
  seq: number,
  prevHash: string,
): string | undefined {
  for (const [index, record] of records.entries()) {
    const problem = linkProblem(
      crypto,
      record,
      seq + index,
      index ? records[index - 1]!.hash : prevHash,
    )
    if (problem) return `第 ${seq + index} 条记录${problem}`
  }
  return undefined
}
