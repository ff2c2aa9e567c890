// The audit job's two rounds (run on the jobs queue, jobs.ts). Every few minutes: verifies archives, chain,
// checkpoints and the anchor outside the database, signs a checkpoint of the chain's tail, keeps the month
// partitions a year ahead and archives months past the retention period (archive.ts). Every few seconds:
// anchors the tail outside the database, in the archive directory and on the log server (anchorTail.ts).
// Every problem raises an alert.
import type { Pool } from 'pg'
import { syslogFile, syslogUrl } from './anchor.ts'
import { anchorTail, type AnchorSender } from './anchorTail.ts'

export { anchorTail }
import { archiveDir, archiveExpired, ensurePartitions } from './archive.ts'
import { signCheckpoint } from './checkpoint.ts'
import { checkAuditIntegrity } from './integrity.ts'
import type { CryptoProvider } from '../crypto/index.ts'

export type AuditJobOptions = {
  /** Where the anchors go and are read back from; default HAIQIAO_AUDIT_ARCHIVE_DIR, HAIQIAO_SYSLOG_FILE, HAIQIAO_SYSLOG_URL. */
  dir?: string
  syslogFile?: string
  syslogUrl?: string
  /** What the anchoring remembers between rounds; one per running job. */
  sender?: AnchorSender
  now?: Date
}

export const target = (options: AuditJobOptions) => ({
  sources: { dir: options.dir ?? archiveDir(), syslogFile: options.syslogFile ?? syslogFile() },
  url: options.syslogUrl ?? syslogUrl(),
})

/** One anchoring round; a problem or a failed delivery is alerted. */
export async function runAnchorRound(
  pool: Pool,
  crypto: CryptoProvider,
  alert: (line: string) => void,
  options: AuditJobOptions = {},
): Promise<void> {
  const round = await anchorTail(pool, crypto, options.sender ?? {}, {
    ...target(options),
    now: options.now,
  })
  if (round.problem) alert(`【审计告警】${round.problem}`)
  if (round.deliveryError)
    alert(`【审计告警】审计锚点未能发送到日志服务器（下一轮重发）：${round.deliveryError}`)
}

/** One run of the job. A broken trail is alerted and nothing is signed, anchored or archived on top of it. */
export async function runAuditJob(
  pool: Pool,
  crypto: CryptoProvider,
  alert: (line: string) => void,
  options: AuditJobOptions = {},
): Promise<void> {
  try {
    const { sources } = target(options)
    // Records the job did not cover in time (it was stopped) are alerted here and signed below.
    const report = await checkAuditIntegrity(pool, crypto, {
      dir: sources.dir,
      syslogFile: sources.syslogFile,
      requireCoverage: false,
      requireAnchor: false,
      now: options.now,
    })
    if (!report.ok) return alert(`【审计告警】${report.problem}`)
    if (report.late) alert(`【审计告警】${report.late}；现在补签检查点`)
    await signCheckpoint(pool, crypto)
    await runAnchorRound(pool, crypto, alert, options)
    const skipped = await ensurePartitions(pool)
    if (skipped.length)
      alert(
        `【审计告警】${skipped.join('、')} 的审计记录落在默认分区，无法建立月分区，请检查服务器时钟`,
      )
    for (const month of await archiveExpired(pool, crypto, { dir: sources.dir })) {
      alert(
        `审计日志 ${month.period} 已超过保留期，已归档 ${month.records} 条记录${month.file ? `到 ${month.file}` : ''}`,
      )
    }
  } catch (error) {
    alert(
      `【审计告警】审计日志校验或归档失败：${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
