// The whole integrity check of the audit trail, as the scheduled job and `npm run audit:verify` run it: the
// signed archives before the chain, the keyed chain in the database, the signed checkpoints along it, the
// newest anchor outside the database (archive directory, log server) and, for the verifier, that no record
// waited for its checkpoint longer than allowed.
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { anchorProblem, databaseState, latestAnchor, syslogFile } from './anchor.ts'
import { archiveDir, checkArchives } from './archive.ts'
import { checkCheckpoints, coverageLimitMs, uncoveredTail } from './checkpoint.ts'
import { verifyAuditChain } from './verifyAuditChain.ts'

/** `late`: records left without a checkpoint too long, when that is not counted as a problem (the job). */
export type IntegrityReport =
  { ok: true; records: number; late?: string } | { ok: false; records: number; problem: string }

export type IntegrityOptions = {
  /** The archive directory: archive files and the anchor file (HAIQIAO_AUDIT_ARCHIVE_DIR). */
  dir?: string
  /** Archive files moved to another host are not a problem when false. */
  requireFiles?: boolean
  /** The log server's file with the anchors (HAIQIAO_SYSLOG_FILE). */
  syslogFile?: string
  /**
   * Whether records left without a checkpoint too long are a problem (the verifier: yes; the audit job itself:
   * no, it alerts and signs them). Default true.
   */
  requireCoverage?: boolean
  /** Whether checkpoints in the database with no anchor outside it are a problem. Default true. */
  requireAnchor?: boolean
  now?: Date
}

export async function checkAuditIntegrity(
  pool: Pool,
  crypto: CryptoProvider,
  options: IntegrityOptions = {},
): Promise<IntegrityReport> {
  const {
    dir = archiveDir(),
    requireFiles = true,
    requireCoverage = true,
    requireAnchor = true,
    now = new Date(),
  } = options
  // The archives first: the chain in the database starts where the last archive ends, so that row must be genuine.
  const archiveProblem = await checkArchives(pool, crypto, { dir, requireFiles })
  if (archiveProblem) return { ok: false, records: 0, problem: archiveProblem }
  const chain = await verifyAuditChain(pool, crypto)
  const fail = (problem: string): IntegrityReport => ({
    ok: false,
    records: chain.records,
    problem,
  })
  if (!chain.ok) return fail(`第 ${chain.brokenAt} 条记录异常：${chain.problem}`)
  const checkpointProblem = await checkCheckpoints(pool, crypto)
  if (checkpointProblem) return fail(checkpointProblem)
  const found = latestAnchor(crypto, { dir, syslogFile: options.syslogFile ?? syslogFile() })
  if (found.problem) return fail(found.problem)
  if (found.anchor) {
    const problem = await anchorProblem(pool, found.anchor)
    if (problem) return fail(problem)
  } else if (requireAnchor) {
    const db = await databaseState(pool)
    if (db.checkpoints > 0)
      return fail(
        `库内有 ${db.checkpoints} 个检查点，但归档目录和日志服务器中都没有审计锚点：库外锚点被删除，或日志服务器配置错误`,
      )
  }
  const late = await uncoveredTail(pool, {
    now,
    limitMs: coverageLimitMs(),
    anchoredSeq: found.anchor?.seq,
  })
  if (late && requireCoverage) return fail(late)
  return late ? { ok: true, records: chain.records, late } : { ok: true, records: chain.records }
}
