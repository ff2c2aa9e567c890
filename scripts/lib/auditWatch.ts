// The scheduled audit job of `npm start`: signs a checkpoint of the chain's tail and verifies chain and
// checkpoints every few minutes (HAIQIAO_AUDIT_CHECK_MINUTES, default 5); a broken chain raises an alert.
import type { Payload } from 'payload'
import { checkCheckpoints, signCheckpoint } from '../../cms/lib/audit/checkpoint.ts'
import { auditPool } from '../../cms/lib/audit/writeAudit.ts'
import { verifyAuditChain } from '../../cms/lib/audit/verifyAuditChain.ts'
import { getCrypto } from '../../cms/lib/crypto/index.ts'

export function startAuditWatch(payload: Payload, alert: (line: string) => void): { stop: () => void } {
  const minutes = Number(process.env.HAIQIAO_AUDIT_CHECK_MINUTES ?? 5)
  const check = async () => {
    try {
      const pool = auditPool(payload)
      const report = await verifyAuditChain(pool)
      if (!report.ok) return alert(`【审计告警】审计日志第 ${report.brokenAt} 条记录异常：${report.problem}`)
      const problem = await checkCheckpoints(pool, getCrypto())
      if (problem) return alert(`【审计告警】${problem}`)
      await signCheckpoint(pool, getCrypto())
    } catch (error) {
      alert(`【审计告警】审计日志校验失败：${error instanceof Error ? error.message : String(error)}`)
    }
  }
  void check()
  const timer = setInterval(() => void check(), minutes * 60_000)
  return { stop: () => clearInterval(timer) }
}
