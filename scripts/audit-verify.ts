// `npm run audit:verify`: checks the audit trail as a whole — the keyed chain (HMAC-SM3), the SM2-signed
// archives and checkpoints, the newest anchor outside the database (HAIQIAO_AUDIT_ARCHIVE_DIR and the log
// server's file HAIQIAO_SYSLOG_FILE) and that no record waited longer than allowed for its checkpoint.
// Exit 0: intact; 1: a problem, named in Chinese on stderr; 2: the check itself could not run.
import { syslogFile } from '../cms/lib/audit/anchor.ts'
import { archiveDir } from '../cms/lib/audit/archive.ts'
import { checkAuditIntegrity } from '../cms/lib/audit/integrity.ts'
import { auditPool } from '../cms/lib/audit/writeAudit.ts'
import { getCrypto } from '../cms/lib/crypto/index.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const env = await prepareEnvironment((line) => console.error(line))
try {
  const payload = await openPayload(env.databaseUrl, env.payloadSecret)
  try {
    const report = await checkAuditIntegrity(auditPool(payload), getCrypto(), {
      dir: archiveDir(),
      syslogFile: syslogFile(),
    })
    if (report.ok) {
      console.log(
        `审计日志完整：库内 ${report.records} 条记录，密钥哈希链、归档、签名检查点与库外锚点校验通过`,
      )
    } else {
      console.error(`审计日志异常：${report.problem}（库内共 ${report.records} 条记录）`)
      process.exitCode = 1
    }
  } finally {
    await closePayload(payload)
  }
} catch (error) {
  console.error(`审计日志校验无法完成：${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
} finally {
  await env.stop()
}
