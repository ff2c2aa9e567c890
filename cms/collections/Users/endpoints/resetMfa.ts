// POST /api/users/:id/reset-mfa — the system admin clears someone's second factor (a lost phone); the owner
// sets up a new one at the next login. Ends that account's sessions.
import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { auditChange, requestContext } from '../../../lib/audit/writeAudit.ts'
import { endSessions, updateUserRow } from '../../../lib/auth/userRow.ts'
import { inTransaction } from '../../../lib/db/sql.ts'
import { problem } from '../../../lib/http/problem.ts'

export const resetMfaEndpoint: Endpoint = {
  path: '/:id/reset-mfa',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!hasRole(req.user, 'systemAdmin'))
      return problem(403, 'forbidden', '只有系统管理员可以重置双因素认证')
    if (id === req.user?.id)
      return problem(403, 'forbidden', '不能重置自己的双因素认证，请由另一位系统管理员操作')
    const user = await req.payload.db.findOne({
      collection: 'users',
      req,
      where: { id: { equals: id } },
    })
    if (!user) return problem(404, 'not_found', '账号不存在')
    // One transaction with its audit record: a reset that cannot be recorded does not happen.
    await inTransaction(req, async () => {
      await updateUserRow(req, id, {
        mfaSecret: null,
        mfaEnabledAt: null,
        mfaLastStep: null,
        recoveryCodes: null,
      })
      await endSessions(req, id)
      await auditChange(req, {
        ...requestContext(req),
        event: 'auth.mfa-reset',
        result: 'success',
        objectType: 'users',
        objectId: id,
      })
    })
    return Response.json({ message: '已重置，该账号下次登录时需重新绑定动态验证码' })
  },
}
