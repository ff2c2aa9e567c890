// How a login step fails: one generic message, an audit record, the account's lockout count and the client
// IP's budget.
import type { PayloadRequest } from 'payload'
import { requestContext, writeAudit } from '../../../../lib/audit/writeAudit.ts'
import { IDENTITY_POLICY } from '../../../../lib/auth/policy.ts'
import { ipThrottled, recordIpFailure } from '../../../../lib/auth/throttle.ts'
import { recordLoginFailure } from '../../../../lib/auth/userRow.ts'
import { clientIp } from '../../../../lib/http/clientIp.ts'
import { problem } from '../../../../lib/http/problem.ts'
import type { StoredUser } from './account.ts'

const GENERIC = `账号或密码错误，或账号已被临时锁定（连续失败 ${IDENTITY_POLICY.maxFailures} 次将锁定 ${IDENTITY_POLICY.lockMinutes} 分钟）`

/** An audit record of a login step on the account `objectId` (null when no account is known). */
export const auditLogin = (
  req: PayloadRequest,
  event: string,
  result: 'success' | 'failure',
  objectId: string | null,
  reason?: string,
) =>
  writeAudit(req.payload, {
    ...requestContext(req),
    event,
    result,
    objectType: 'users',
    objectId,
    reason: reason ?? null,
  })

/** A failed step: counts toward the account's lockout and the client's IP budget. Answers 401 login_failed. */
export async function fail(
  req: PayloadRequest,
  user: StoredUser | null,
  event: string,
  reason: string,
  message = GENERIC,
): Promise<Response> {
  await recordIpFailure(req.payload, clientIp(req.headers))
  await auditLogin(req, event, 'failure', user?.id ?? null, reason)
  if (
    user &&
    (await recordLoginFailure(
      req,
      user.id,
      IDENTITY_POLICY.maxFailures,
      IDENTITY_POLICY.lockMinutes * 60,
    ))
  ) {
    await auditLogin(
      req,
      'auth.lockout',
      'failure',
      user.id,
      `连续失败 ${IDENTITY_POLICY.maxFailures} 次`,
    )
  }
  return problem(401, 'login_failed', message)
}

/** A 429 too_many_attempts when the client IP has used up its budget of failures, else null. */
export const throttled = async (req: PayloadRequest): Promise<Response | null> => {
  if (!(await ipThrottled(req.payload, clientIp(req.headers)))) return null
  await auditLogin(req, 'auth.login', 'failure', null, 'ip-throttled')
  return problem(
    429,
    'too_many_attempts',
    `登录失败次数过多，请 ${IDENTITY_POLICY.ipWindowMinutes} 分钟后再试`,
  )
}
