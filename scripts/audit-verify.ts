// `npm run audit:verify`: recomputes the SM3 chain of the audit log and checks its SM2-signed archives and
// checkpoints; exits non-zero at the first record that was edited, deleted, inserted, reordered or cut off.
// Archive files are read from HAIQIAO_AUDIT_ARCHIVE_DIR (default .data/audit-archive).
import { archiveDir } from '../cms/lib/audit/archive.ts'
import { checkAuditIntegrity } from '../cms/lib/audit/integrity.ts'
import { auditPool } from '../cms/lib/audit/writeAudit.ts'
import { getCrypto } from '../cms/lib/crypto/index.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const env = await prepareEnvironment((line) => console.error(line))
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
try {
  const report = await checkAuditIntegrity(auditPool(payload), getCrypto(), { dir: archiveDir() })
  if (!report.ok) console.error(`审计日志被篡改：${report.problem}（库内共 ${report.records} 条）`)
  else console.log(`审计日志完整：库内 ${report.records} 条记录，哈希链、归档与签名检查点校验通过`)
  process.exitCode = report.ok ? 0 : 1
} finally {
  await closePayload(payload)
  await env.stop()
}
