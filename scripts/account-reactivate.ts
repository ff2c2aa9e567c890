// `npm run account:reactivate -- <e-mail>`: the break-glass path for whoever runs the server, e.g. when the
// only system admin was disabled as dormant or lost their authenticator. Sets a one-time password (printed
// once; must be changed at the next login), clears the second factor so it is bound again, unlocks the
// account, ends its sessions, and writes the action to the audit log.
import { randomBytes } from 'node:crypto'
import { createLocalReq } from 'payload'
import { auditChange } from '../cms/lib/audit/writeAudit.ts'
import { endSessions, updateUserRow } from '../cms/lib/auth/userRow.ts'
import { inTransaction } from '../cms/lib/db/sql.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const email = process.argv[2]?.trim().toLowerCase()
if (!email) {
  console.error('用法：npm run account:reactivate -- <邮箱>')
  process.exit(2)
}
const env = await prepareEnvironment((line) => console.error(line))
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
try {
  const {
    docs: [user],
  } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  if (!user) {
    console.error(`没有账号 ${email}`)
    process.exitCode = 1
  } else {
    const password = `Hq-${randomBytes(9).toString('base64url')}#7`
    const req = await createLocalReq({}, payload)
    // One transaction with its audit records: nothing of it stays if it cannot be recorded.
    await inTransaction(req, async () => {
      await payload.update({
        collection: 'users',
        id: user.id,
        overrideAccess: true,
        data: { password, mustChangePassword: true },
        req,
      })
      await updateUserRow(req, user.id, {
        mfaSecret: null,
        mfaEnabledAt: null,
        mfaLastStep: null,
        recoveryCodes: null,
        loginAttempts: 0,
        lockUntil: null,
      })
      await endSessions(req, user.id)
      await auditChange(req, {
        event: 'account.reactivate',
        result: 'success',
        objectType: 'users',
        objectId: user.id,
        reason: '服务器命令行（npm run account:reactivate）',
      })
    })
    console.log(
      `已重新启用 ${email}。一次性密码（登录后须立即修改，并重新绑定动态验证码）：\n  ${password}`,
    )
  }
} finally {
  await closePayload(payload)
  await env.stop()
}
