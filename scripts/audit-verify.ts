// `npm run audit:verify`: recomputes the SM3 chain of the audit log and checks its SM2-signed checkpoints;
// exits non-zero at the first record that was edited, deleted, inserted, reordered or cut off.
import { checkCheckpoints } from '../cms/lib/audit/checkpoint.ts'
import { auditPool } from '../cms/lib/audit/writeAudit.ts'
import { verifyAuditChain } from '../cms/lib/audit/verifyAuditChain.ts'
import { getCrypto } from '../cms/lib/crypto/index.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const env = await prepareEnvironment((line) => console.error(line))
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
try {
  const report = await verifyAuditChain(auditPool(payload))
  const checkpointProblem = report.ok ? await checkCheckpoints(auditPool(payload), getCrypto()) : undefined
  if (!report.ok) console.error(`审计日志被篡改：第 ${report.brokenAt} 条记录 — ${report.problem}（共 ${report.records} 条）`)
  else if (checkpointProblem) console.error(`审计日志被篡改：${checkpointProblem}`)
  else console.log(`审计日志完整：${report.records} 条记录，哈希链与签名检查点校验通过`)
  process.exitCode = report.ok && !checkpointProblem ? 0 : 1
} finally {
  await closePayload(payload)
  await env.stop()
}
