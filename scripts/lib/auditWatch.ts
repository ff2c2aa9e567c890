// The audit job of `npm start`. Every few minutes (HAIQIAO_AUDIT_CHECK_MINUTES, default 5): verifies archives,
// chain, checkpoints and the anchor outside the database, signs a checkpoint of the chain's tail, keeps the
// month partitions a year ahead and archives months past the retention period (cms/lib/audit/archive.ts).
// Every few seconds (HAIQIAO_AUDIT_ANCHOR_SECONDS, default 10): anchors the tail outside the database, in
// the archive directory and on the log server (cms/lib/audit/anchorTail.ts). Rounds never overlap. Every
// problem raises an alert.
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { syslogFile, syslogUrl } from '../../cms/lib/audit/anchor.ts'
import { anchorTail, type AnchorSender } from '../../cms/lib/audit/anchorTail.ts'
import { archiveDir, archiveExpired, ensurePartitions } from '../../cms/lib/audit/archive.ts'
import { checkIntervalMs, signCheckpoint } from '../../cms/lib/audit/checkpoint.ts'
import { checkAuditIntegrity } from '../../cms/lib/audit/integrity.ts'
import { auditPool } from '../../cms/lib/audit/writeAudit.ts'
import { getCrypto, type CryptoProvider } from '../../cms/lib/crypto/index.ts'
import { every } from '../../cms/lib/periodic.ts'

export type AuditJobOptions = {
  /** Where the anchors go and are read back from; default HAIQIAO_AUDIT_ARCHIVE_DIR, HAIQIAO_SYSLOG_FILE, HAIQIAO_SYSLOG_URL. */
  dir?: string
  syslogFile?: string
  syslogUrl?: string
  /** What the anchoring remembers between rounds; one per running job. */
  sender?: AnchorSender
  now?: Date
}

const target = (options: AuditJobOptions) => ({
  sources: { dir: options.dir ?? archiveDir(), syslogFile: options.syslogFile ?? syslogFile() },
  url: options.syslogUrl ?? syslogUrl(),
})

/** One anchoring round; a problem or a failed delivery is alerted. */
export async function runAnchorRound(pool: Pool, crypto: CryptoProvider, alert: (line: string) => void, options: AuditJobOptions = {}): Promise<void> {
  const round = await anchorTail(pool, crypto, options.sender ?? {}, { ...target(options), now: options.now })
  if (round.problem) alert(`【审计告警】${round.problem}`)
  if (round.deliveryError) alert(`【审计告警】审计锚点未能发送到日志服务器（下一轮重发）：${round.deliveryError}`)
}

/** One run of the job. A broken trail is alerted and nothing is signed, anchored or archived on top of it. */
export async function runAuditJob(pool: Pool, crypto: CryptoProvider, alert: (line: string) => void, options: AuditJobOptions = {}): Promise<void> {
  try {
    const { sources } = target(options)
    // Records the job did not cover in time (it was stopped) are alerted here and signed below.
    const report = await checkAuditIntegrity(pool, crypto, { dir: sources.dir, syslogFile: sources.syslogFile, requireCoverage: false, requireAnchor: false, now: options.now })
    if (!report.ok) return alert(`【审计告警】${report.problem}`)
    if (report.late) alert(`【审计告警】${report.late}；现在补签检查点`)
    await signCheckpoint(pool, crypto)
    await runAnchorRound(pool, crypto, alert, options)
    const skipped = await ensurePartitions(pool)
    if (skipped.length) alert(`【审计告警】${skipped.join('、')} 的审计记录落在默认分区，无法建立月分区，请检查服务器时钟`)
    for (const month of await archiveExpired(pool, crypto, { dir: sources.dir })) {
      alert(`审计日志 ${month.period} 已超过保留期，已归档 ${month.records} 条记录${month.file ? `到 ${month.file}` : ''}`)
    }
  } catch (error) {
    alert(`【审计告警】审计日志校验或归档失败：${error instanceof Error ? error.message : String(error)}`)
  }
}

/** HAIQIAO_AUDIT_ANCHOR_SECONDS (default 10): how often the tail is anchored outside the database. */
function anchorIntervalMs(): number {
  const raw = process.env.HAIQIAO_AUDIT_ANCHOR_SECONDS ?? '10'
  const seconds = Number(raw)
  if (!(seconds >= 1 && seconds <= 3600)) throw new Error(`HAIQIAO_AUDIT_ANCHOR_SECONDS=${raw} 无效：应为 1 到 3600 秒`)
  return seconds * 1000
}

export type AuditWatch = {
  stop: () => void
  /** One last anchoring round, at shutdown; throws when the database is already gone. */
  finish: () => Promise<void>
}

export function startAuditWatch(payload: Payload, alert: (line: string) => void): AuditWatch {
  const sender: AnchorSender = {}
  const options: AuditJobOptions = { sender }
  const pool = auditPool(payload)
  // The job and the anchoring take turns: both write the anchor file.
  let turn = Promise.resolve()
  const inTurn = (work: () => Promise<void>) => (turn = turn.then(work, work))
  const onError = (error: unknown) => alert(`【审计告警】审计任务出错：${String(error)}`)
  const job = every(checkIntervalMs(), () => inTurn(() => runAuditJob(pool, getCrypto(), alert, options)), onError)
  const anchoring = every(anchorIntervalMs(), () => inTurn(() => runAnchorRound(pool, getCrypto(), alert, options)), onError)
  return {
    stop: () => {
      job.stop()
      anchoring.stop()
    },
    finish: () => inTurn(() => anchorTail(pool, getCrypto(), sender, { ...target(options) }).then(() => undefined)),
  }
}
