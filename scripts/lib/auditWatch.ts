// The scheduled audit job of `npm start`, every few minutes (HAIQIAO_AUDIT_CHECK_MINUTES, default 5):
// verifies chain, archives and checkpoints and signs a checkpoint of the chain's tail; keeps the month
// partitions a year ahead and archives months past the retention period (cms/lib/audit/archive.ts).
// Every problem raises an alert.
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { archiveExpired, ensurePartitions } from '../../cms/lib/audit/archive.ts'
import { signCheckpoint } from '../../cms/lib/audit/checkpoint.ts'
import { checkAuditIntegrity } from '../../cms/lib/audit/integrity.ts'
import { auditPool } from '../../cms/lib/audit/writeAudit.ts'
import { getCrypto, type CryptoProvider } from '../../cms/lib/crypto/index.ts'
import { every } from '../../cms/lib/periodic.ts'

/** One run of the job. A broken trail is alerted and nothing is signed or archived on top of it. */
export async function runAuditJob(pool: Pool, crypto: CryptoProvider, alert: (line: string) => void): Promise<void> {
  try {
    const report = await checkAuditIntegrity(pool, crypto)
    if (!report.ok) return alert(`【审计告警】${report.problem}`)
    await signCheckpoint(pool, crypto)
    const skipped = await ensurePartitions(pool)
    if (skipped.length) alert(`【审计告警】${skipped.join('、')} 的审计记录落在默认分区，无法建立月分区，请检查服务器时钟`)
    for (const month of await archiveExpired(pool, crypto)) {
      alert(`审计日志 ${month.period} 已超过保留期，已归档 ${month.records} 条记录${month.file ? `到 ${month.file}` : ''}`)
    }
  } catch (error) {
    alert(`【审计告警】审计日志校验或归档失败：${error instanceof Error ? error.message : String(error)}`)
  }
}

export function startAuditWatch(payload: Payload, alert: (line: string) => void): { stop: () => void } {
  const minutes = Number(process.env.HAIQIAO_AUDIT_CHECK_MINUTES ?? 5)
  // runAuditJob reports its own failures as alerts.
  return every(minutes * 60_000, () => runAuditJob(auditPool(payload), getCrypto(), alert), (error) => alert(`【审计告警】审计任务出错：${String(error)}`))
}
