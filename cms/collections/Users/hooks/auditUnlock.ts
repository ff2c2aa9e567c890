// Unlocking an account (POST /api/users/unlock, GraphQL unlockUser, Local API) undoes a lockout, so it
// belongs to the system admin alone, and every attempt is audited: refused ones here, before Payload's own
// access check would refuse them silently, and completed ones after the operation.
import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { auditChange, requestContext, writeAudit } from '../../../lib/audit/writeAudit.ts'

const EVENT = 'auth.unlock'

const emailOf = (args: unknown) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 200) : ''
}

async function accountId(req: PayloadRequest, email: string): Promise<string | null> {
  if (!email) return null
  const found = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  return found ? String(found.id) : null
}

export const refuseUnlock: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'unlock' || overrideAccess || hasRole(req.user, 'systemAdmin')) return args
  const email = emailOf(args)
  await writeAudit(req.payload, {
    ...requestContext(req),
    event: EVENT,
    result: 'failure',
    objectType: 'users',
    objectId: await accountId(req, email),
    reason: `无权解除锁定：${email}`,
  })
  throw new APIError(
    req.user ? '只有系统管理员可以解除账号锁定' : '请先登录',
    req.user ? 403 : 401,
    { code: 'forbidden' },
    true,
  )
}

export const auditUnlock: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = emailOf(args)
  await auditChange(req, {
    ...requestContext(req),
    event: EVENT,
    result: 'success',
    objectType: 'users',
    objectId: await accountId(req, email),
    reason: `解除锁定：${email}`,
  })
  return result
}
