// Passwords never reach Payload's own hashing (PBKDF2-SHA256): the new password is taken out of the request
// before the operation runs, checked against the policy and the last five, and stored as PBKDF2-HMAC-SM3.
// Changing one's own password takes the current one (a session alone is not enough); an administrator's
// reset of someone else's does not, and forces a change at that person's next login.
// Role assignments carry an HMAC-SM3 tag; a row whose roles do not match their tag loses its roles on load.
import { randomBytes } from 'node:crypto'
import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeReadHook,
  type PayloadRequest,
} from 'payload'
import type { User } from '../../../../payload-types.ts'
import { auditChange, requestContext, writeAudit } from '../../../lib/audit/writeAudit.ts'
import { hashPassword, verifyPassword } from '../../../lib/auth/password.ts'
import { IDENTITY_POLICY, passwordProblem } from '../../../lib/auth/policy.ts'
import { recordIpFailure } from '../../../lib/auth/throttle.ts'
import {
  endSessions,
  recordLoginFailure,
  updateUserRow,
  type UserRowUpdate,
} from '../../../lib/auth/userRow.ts'
import { getCrypto } from '../../../lib/crypto/index.ts'
import { clientIp } from '../../../lib/http/clientIp.ts'

type Credentials = Pick<User, 'id' | 'passwordHistory' | 'passwordHash'>

const NEW_PASSWORD = 'haiqiao.newPassword'
const SIGN_ROLES = 'haiqiao.signRoles'
/** Set by the login's new-password step (endpoints/login/newPasswordStep.ts): password and second factor
 * were just proven. */
export const PASSWORD_STEP = 'haiqiao.passwordStep'
/** The request field that carries the current password when staff change their own. */
export const CURRENT_PASSWORD = 'currentPassword'

const rolesMessage = (id: string, roles: readonly string[] | null | undefined) =>
  `users:${id}:roles:${[...(roles ?? [])].sort().join(',')}`
const rolesTagOf = (id: string, roles: readonly string[] | null | undefined) =>
  getCrypto().integrityTag(rolesMessage(id, roles))

/** The new password of the operation in progress (taken out of `data` before Payload could hash it). */
export const pendingPassword = (req: PayloadRequest): string | undefined => {
  const value = req.context[NEW_PASSWORD]
  return typeof value === 'string' ? value : undefined
}

const invalid = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] }, req.t)

const refusal = async (
  req: PayloadRequest,
  id: string,
  reason: string,
  status: number,
  code: string,
  message: string,
) => {
  await writeAudit(req.payload, {
    ...requestContext(req),
    event: 'auth.password-change',
    result: 'failure',
    objectType: 'users',
    objectId: id,
    reason,
  })
  return new APIError(message, status, { code }, true)
}

/**
 * A signed-in person changing their own password proves the current one first. A wrong one counts toward
 * the account's lockout and the client's failure budget, as a wrong password at login does.
 */
async function proveCurrentPassword(
  req: PayloadRequest,
  id: string,
  current: unknown,
): Promise<void> {
  if (!req.user || String(req.user.id) !== id || req.context[PASSWORD_STEP]) return
  if (typeof current !== 'string' || !current) {
    throw await refusal(
      req,
      id,
      'current-password-missing',
      400,
      'current_password_required',
      '修改本人密码须同时填写当前密码（currentPassword）',
    )
  }
  const stored = (await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })) as Credentials | null
  if (stored && current.length <= 200 && (await verifyPassword(current, stored.passwordHash)))
    return
  await recordIpFailure(req.payload, clientIp(req.headers))
  // Counted outside the operation's transaction, which the refusal rolls back.
  const lockedNow = await recordLoginFailure(
    { payload: req.payload, context: {} } as unknown as PayloadRequest,
    id,
    IDENTITY_POLICY.maxFailures,
    IDENTITY_POLICY.lockMinutes * 60,
  )
  if (lockedNow)
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'auth.lockout',
      result: 'failure',
      objectType: 'users',
      objectId: id,
      reason: `修改密码时当前密码连续错误 ${IDENTITY_POLICY.maxFailures} 次`,
    })
  throw await refusal(
    req,
    id,
    'wrong-current-password',
    403,
    'wrong_current_password',
    '当前密码不正确，密码未修改',
  )
}

export const takeNewPassword: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const req = args.req as PayloadRequest
  const data = args.data as
    { password?: unknown; email?: string; name?: string; [CURRENT_PASSWORD]?: unknown } | undefined
  // Never stored (the field is virtual) and never passed on.
  const current = data?.[CURRENT_PASSWORD]
  if (data) delete data[CURRENT_PASSWORD]
  if (typeof data?.password !== 'string' || !data.password) return args
  if (operation === 'update') {
    const id = (args as { id?: string | number }).id
    if (id === undefined)
      throw new APIError('密码只能逐个账号设置，不能批量修改', 400, { code: 'password_bulk' }, true)
    await proveCurrentPassword(req, String(id), current)
  }
  const problem = passwordProblem(data.password, data)
  if (problem) throw invalid(req, problem)
  req.context[NEW_PASSWORD] = data.password
  // Payload requires a password to create an account and hashes it itself; it gets one nobody knows, and
  // its hash is cleared right after (storeCredentials). On update it gets none.
  if (operation === 'create') data.password = `${randomBytes(24).toString('base64url')}aA1!`
  else delete data.password
  return args
}

export const markRoleChange: CollectionBeforeChangeHook<User> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const before = [...(originalDoc?.roles ?? [])].sort().join(',')
  const after = [...(data.roles ?? originalDoc?.roles ?? [])].sort().join(',')
  if (operation === 'create' || before !== after) req.context[SIGN_ROLES] = true
  return data
}

/**
 * The row fields for a new password: PBKDF2-HMAC-SM3 hash, history of the last five, change time and whether
 * the owner must change it next. Throws a validation error when it repeats one of the last five. Other
 * sessions end; your own current one continues.
 */
async function newPasswordFields(
  req: PayloadRequest,
  doc: User,
  operation: 'create' | 'update',
  newPassword: string,
): Promise<UserRowUpdate> {
  const ownAccount = req.user?.id === doc.id
  // The history is a hidden field: read from the row, not from `doc`.
  const stored = (await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { id: { equals: doc.id } },
  })) as Credentials
  const history = (stored.passwordHistory as string[] | null) ?? []
  for (const old of history) {
    if (await verifyPassword(newPassword, old))
      throw invalid(req, `新密码不能与最近 ${IDENTITY_POLICY.historySize} 次使用过的密码相同`)
  }
  const hash = await hashPassword(newPassword)
  const fields: UserRowUpdate = {
    passwordHash: hash,
    passwordHistory: [hash, ...history].slice(0, IDENTITY_POLICY.historySize),
    passwordChangedAt: new Date().toISOString(),
    // Whoever set someone else's password knows it, so the owner must change it at the next login. (The
    // seed and the first-admin setup run without a user: their accounts keep the value they were given.)
    mustChangePassword:
      req.user && !ownAccount
        ? true
        : operation === 'create'
          ? Boolean(doc.mustChangePassword)
          : false,
    hash: null,
    salt: null,
  }
  await endSessions(req, doc.id, ownAccount ? (req.user as { _sid?: string })._sid : undefined)
  return fields
}

/** Audit record of a changed password, saying who changed it and how. */
async function auditPasswordChange(req: PayloadRequest, doc: User): Promise<void> {
  const how = req.context[PASSWORD_STEP]
    ? 'login-step'
    : req.user?.id === doc.id
      ? 'self-with-current-password'
      : req.user
        ? 'reset-by-admin'
        : 'server'
  await auditChange(req, {
    ...requestContext(req),
    event: 'auth.password-change',
    result: 'success',
    objectType: 'users',
    objectId: doc.id,
    reason: how,
  })
}

export const storeCredentials: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  req,
}) => {
  const newPassword = req.context[NEW_PASSWORD]
  const signRoles = req.context[SIGN_ROLES]
  delete req.context[NEW_PASSWORD]
  delete req.context[SIGN_ROLES]
  if (typeof newPassword !== 'string' && !signRoles) return doc
  const data: UserRowUpdate = {}
  if (signRoles) data.rolesTag = rolesTagOf(doc.id, doc.roles)
  if (typeof newPassword === 'string')
    Object.assign(data, await newPasswordFields(req, doc, operation, newPassword))
  await updateUserRow(req, doc.id, data)
  if (typeof newPassword === 'string' && operation === 'update') await auditPasswordChange(req, doc)
  return {
    ...doc,
    passwordChangedAt: (data.passwordChangedAt as string | undefined) ?? doc.passwordChangedAt,
    mustChangePassword: (data.mustChangePassword as boolean | undefined) ?? doc.mustChangePassword,
  }
}

/** Alerts once per tampered state, not on every read. */
const alerted = new Set<string>()

export const checkRolesIntegrity: CollectionBeforeReadHook<User> = async ({ doc, req }) => {
  const roles = doc.roles ?? []
  if (!roles.length) return doc
  if (doc.rolesTag && getCrypto().verifyIntegrityTag(rolesMessage(doc.id, roles), doc.rolesTag))
    return doc
  const key = `${doc.id}:${roles.join(',')}:${doc.rolesTag}`
  if (!alerted.has(key)) {
    alerted.add(key)
    req.payload.logger.error(
      `【安全告警】账号 ${doc.email} 的角色与完整性标签不符（疑似绕过系统直接修改数据库），已停用其全部角色`,
    )
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'security.integrity',
      result: 'failure',
      objectType: 'users',
      objectId: doc.id,
      reason: `角色完整性校验失败：${roles.join(',')}`,
    })
  }
  return { ...doc, roles: [] }
}
