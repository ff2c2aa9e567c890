// The last step of every login: the session starts, with its audit record in the same transaction.
import type { PayloadRequest } from 'payload'
import { auditChange, requestContext } from '../../../../lib/audit/writeAudit.ts'
import { issueSession } from '../../../../lib/auth/session.ts'
import { updateUserRow } from '../../../../lib/auth/userRow.ts'
import { inTransaction } from '../../../../lib/db/sql.ts'
import type { StoredUser } from './account.ts'

/** All checks passed: resets the lockout count, issues the session cookie and answers the user and token. */
export async function startSession(
  req: PayloadRequest,
  user: StoredUser,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  // The session and its audit record commit together: a login that cannot be recorded does not start.
  const { token, exp, cookie } = await inTransaction(req, async () => {
    await updateUserRow(req, user.id, {
      loginAttempts: 0,
      lockUntil: null,
      lastLoginAt: new Date().toISOString(),
    })
    const session = await issueSession(req, user)
    await auditChange(req, {
      ...requestContext(req),
      event: 'auth.login',
      result: 'success',
      objectType: 'users',
      objectId: user.id,
      reason: null,
    })
    return session
  })
  return Response.json(
    {
      message: '登录成功',
      user: { id: user.id, email: user.email, name: user.name, roles: user.roles },
      token,
      exp,
      ...extra,
    },
    { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } },
  )
}
