// `npm run audit:verify`: recomputes the SM3 chain of the audit log and exits non-zero at the first record
// that was edited, deleted, inserted or reordered outside the application.
import { auditPool } from '../cms/lib/audit/writeAudit.ts'
import { verifyAuditChain } from '../cms/lib/audit/verifyAuditChain.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const env = await prepareEnvironment((line) => console.error(line))
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
try {
  const report = await verifyAuditChain(auditPool(payload))
  if (report.ok) console.log(`审计日志完整：${report.records} 条记录，哈希链校验通过`)
  else console.error(`审计日志被篡改：第 ${report.brokenAt} 条记录 — ${report.problem}（共 ${report.records} 条）`)
  process.exitCode = report.ok ? 0 : 1
} finally {
  await closePayload(payload)
  await env.stop()
}
