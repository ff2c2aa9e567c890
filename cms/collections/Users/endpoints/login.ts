// Staff login in up to three steps, each a POST under /api/users:
//   /login            e-mail + password            → { next: 'mfa' | 'enroll', challenge }
//   /login/verify     challenge + TOTP or recovery → session, or { next: 'password' } when it must change
//   /login/password   challenge + new password     → session
// Failures answer one generic message; five in a row lock the account for 30 minutes, and each client IP
// has its own budget. Payload's own /login is replaced (its hashing is not 国密) and its local operation refused.
import { sql } from '@payloadcms/db-postgres'
import QRCode from 'qrcode'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import type { User } from '../../../../payload-types.ts'
import { auditChange, requestContext, writeAudit } from '../../../lib/audit/writeAudit.ts'
import {
  challengeBoundTo,
  issueChallenge,
  readChallenge,
  spendChallenge,
  type Challenge,
} from '../../../lib/auth/challenge.ts'
import { decoyHash, verifyPassword } from '../../../lib/auth/password.ts'
import { accountDisabled, IDENTITY_POLICY, passwordExpired } from '../../../lib/auth/policy.ts'
import { newRecoveryCodes, useRecoveryCode } from '../../../lib/auth/recoveryCodes.ts'
import { issueSession } from '../../../lib/auth/session.ts'
import { ipThrottled, recordIpFailure } from '../../../lib/auth/throttle.ts'
import { newTotpSecret, otpauthUrl, verifyTotp } from '../../../lib/auth/totp.ts'
import { recordLoginFailure, updateUserRow, updateUserRowIf } from '../../../lib/auth/userRow.ts'
import { getCrypto } from '../../../lib/crypto/index.ts'
import { clientIp } from '../../../lib/http/clientIp.ts'
import { sameOriginOnly } from '../../../lib/http/origin.ts'
import { inTransaction } from '../../../lib/db/sql.ts'
import { problem, readJson, validationMessage } from '../../../lib/http/problem.ts'
import { PASSWORD_STEP } from '../hooks/credentials.ts'

const GENERIC = `账号或密码错误，或账号已被临时锁定（连续失败 ${IDENTITY_POLICY.maxFailures} 次将锁定 ${IDENTITY_POLICY.lockMinutes} 分钟）`
const EXPIRED = '登录步骤已超时或已失效，请重新输入账号和密码'

type StoredUser = User & { loginAttempts?: number | null; lockUntil?: string | null }

const mfaSecretContext = (id: string) => ({ table: 'users', column: 'mfa_secret', rowId: id })

const findStored = async (req: PayloadRequest, where: { email: string } | { id: string }) =>
  (await req.payload.db.findOne({
    collection: 'users',
    req,
    where: 'email' in where ? { email: { equals: where.email } } : { id: { equals: where.id } },
  })) as StoredUser | null

const locked = (user: StoredUser) =>
  Boolean(user.lockUntil && new Date(user.lockUntil).getTime() > Date.now())

const audit = (
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

/** A failed step: counts toward the account's lockout and the client's IP budget. */
async function fail(
  req: PayloadRequest,
  user: StoredUser | null,
  event: string,
  reason: string,
  message = GENERIC,
): Promise<Response> {
  await recordIpFailure(req.payload, clientIp(req.headers))
  await audit(req, event, 'failure', user?.id ?? null, reason)
  if (
    user &&
    (await recordLoginFailure(
      req,
      user.id,
      IDENTITY_POLICY.maxFailures,
      IDENTITY_POLICY.lockMinutes * 60,
    ))
  ) {
    await audit(
      req,
      'auth.lockout',
      'failure',
      user.id,
      `连续失败 ${IDENTITY_POLICY.maxFailures} 次`,
    )
  }
  return problem(401, 'login_failed', message)
}

const throttled = async (req: PayloadRequest): Promise<Response | null> => {
  if (!(await ipThrottled(req.payload, clientIp(req.headers)))) return null
  await audit(req, 'auth.login', 'failure', null, 'ip-throttled')
  return problem(
    429,
    'too_many_attempts',
    `登录失败次数过多，请 ${IDENTITY_POLICY.ipWindowMinutes} 分钟后再试`,
  )
}

/** All checks passed: the session starts. */
async function complete(
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

// Control characters and lone surrogates never belong in an address (a NUL would reach PostgreSQL as an error).
const credentialsBody = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(3)
    .max(200)
    .regex(/^[^\p{Cc}\p{Cs}]+$/u),
  password: z.string().min(1).max(200),
})

const login: Endpoint = {
  path: '/login',
  method: 'post',
  handler: sameOriginOnly(async (req) => {
    const parsed = credentialsBody.safeParse(await readJson(req))
    if (!parsed.success) return problem(400, 'invalid_input', '请输入邮箱和密码')
    const limited = await throttled(req)
    if (limited) return limited
    const { email, password } = parsed.data
    const user = await findStored(req, { email })
    // Unknown accounts and locked ones cost the same hashing as a real attempt and answer the same.
    if (!user || locked(user)) {
      await verifyPassword(password, await decoyHash())
      return fail(
        req,
        user,
        user ? 'auth.lockout' : 'auth.login',
        user ? 'locked' : 'unknown-account',
      )
    }
    if (!(await verifyPassword(password, user.passwordHash)))
      return fail(req, user, 'auth.login', 'wrong-password')
    if (!user.roles?.length) return problem(403, 'no_role', '该账号未分配角色，请联系安全管理员')
    const disabled = accountDisabled(user)
    if (disabled) {
      await audit(req, 'auth.login', 'failure', user.id, 'account-disabled')
      return problem(403, 'account_disabled', disabled)
    }
    if (user.mfaSecret)
      return Response.json({
        next: 'mfa',
        challenge: await issueChallenge(req, user.id, 'mfa', user.passwordHash),
      })
    // First login: the second factor is set up now, before any session exists.
    const secret = newTotpSecret()
    const url = otpauthUrl(secret, user.email)
    return Response.json({
      next: 'enroll',
      challenge: await issueChallenge(req, user.id, 'enroll', user.passwordHash, false, secret),
      secret,
      otpauthUrl: url,
      qrCode: await QRCode.toDataURL(url, { margin: 1, width: 200 }),
    })
  }),
}

const verifyBody = z
  .object({
    challenge: z.string().min(10).max(2000),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '动态验证码为 6 位数字')
      .optional(),
    recoveryCode: z.string().trim().min(10).max(20).optional(),
  })
  .refine((body) => body.code || body.recoveryCode, {
    message: '请输入 6 位动态验证码或一个恢复码',
  })

const spent = () => problem(400, 'challenge_expired', EXPIRED)

/** The account behind a live, unspent challenge at the expected step, or the response refusing it. */
async function challenged(
  req: PayloadRequest,
  token: string,
  steps: Challenge['step'][],
): Promise<{ challenge: Challenge; user: StoredUser } | Response> {
  const challenge = await readChallenge(req, token)
  if (!challenge || !steps.includes(challenge.step))
    return problem(400, 'challenge_expired', EXPIRED)
  const user = await findStored(req, { id: challenge.userId })
  if (!user || !challengeBoundTo(challenge, user.passwordHash))
    return problem(400, 'challenge_expired', EXPIRED)
  if (locked(user)) return fail(req, user, 'auth.lockout', 'locked')
  return { challenge, user }
}

const verify: Endpoint = {
  path: '/login/verify',
  method: 'post',
  handler: sameOriginOnly(async (req) => {
    const parsed = verifyBody.safeParse(await readJson(req))
    if (!parsed.success)
      return problem(400, 'invalid_input', parsed.error.issues[0]?.message ?? '请输入动态验证码')
    const limited = await throttled(req)
    if (limited) return limited
    const found = await challenged(req, parsed.data.challenge, ['mfa', 'enroll'])
    if (found instanceof Response) return found
    const { challenge, user } = found
    const { code, recoveryCode } = parsed.data
    const extra: Record<string, unknown> = {}

    // A right code or recovery code spends the challenge (once: a replay, or a parallel request with the same
    // challenge, gets "expired"), and each write below is guarded by what was checked, so a parallel request
    // with the same code or recovery code loses the race instead of passing too. A wrong code leaves the
    // challenge for the next try (it counts toward the lockout).
    if (challenge.step === 'enroll') {
      const step =
        code && challenge.secret ? verifyTotp(challenge.secret, user.email, code, null) : null
      if (step === null)
        return fail(
          req,
          user,
          'auth.mfa-enroll',
          'wrong-code',
          '动态验证码不正确，请核对手机时间后重试',
        )
      if (!(await spendChallenge(req, challenge))) return spent()
      const recovery = newRecoveryCodes(user.id)
      const enrolled = await updateUserRowIf(
        req,
        user.id,
        {
          mfaSecret: getCrypto().encryptField(challenge.secret!, mfaSecretContext(user.id)),
          mfaEnabledAt: new Date().toISOString(),
          mfaLastStep: step,
          recoveryCodes: recovery.tags,
        },
        sql`mfa_secret IS NULL`,
      )
      if (!enrolled)
        return fail(
          req,
          user,
          'auth.mfa-enroll',
          'wrong-code',
          '动态验证码不正确，请核对手机时间后重试',
        )
      await audit(req, 'auth.mfa-enroll', 'success', user.id)
      extra.recoveryCodes = recovery.codes
    } else if (code) {
      const secret = getCrypto().decryptField(user.mfaSecret!, mfaSecretContext(user.id))
      const step = verifyTotp(secret, user.email, code, user.mfaLastStep)
      if (step !== null && !(await spendChallenge(req, challenge))) return spent()
      const claimed =
        step !== null &&
        (await updateUserRowIf(
          req,
          user.id,
          { mfaLastStep: step },
          sql`mfa_last_step IS NULL OR mfa_last_step < ${step}`,
        ))
      if (!claimed)
        return fail(
          req,
          user,
          'auth.mfa',
          'wrong-code',
          '动态验证码不正确或已使用，请等待下一个验证码',
        )
      await audit(req, 'auth.mfa', 'success', user.id, 'totp')
    } else {
      const tags = (user.recoveryCodes as string[] | null) ?? []
      const remaining = useRecoveryCode(user.id, recoveryCode!, tags)
      if (remaining !== null && !(await spendChallenge(req, challenge))) return spent()
      const used =
        remaining !== null &&
        (await updateUserRowIf(
          req,
          user.id,
          { recoveryCodes: remaining },
          sql`recovery_codes = ${JSON.stringify(tags)}::jsonb`,
        ))
      if (!used) return fail(req, user, 'auth.mfa', 'wrong-recovery-code', '恢复码不正确或已使用')
      await audit(
        req,
        'auth.mfa',
        'success',
        user.id,
        `recovery-code（剩余 ${remaining.length} 个）`,
      )
      extra.recoveryCodesLeft = remaining.length
    }

    if (user.mustChangePassword || passwordExpired(user.passwordChangedAt)) {
      return Response.json({
        next: 'password',
        reason: user.mustChangePassword
          ? '首次登录或密码已被管理员重置，请设置新密码'
          : `密码已超过 ${IDENTITY_POLICY.expiryDays} 天未修改，请设置新密码`,
        challenge: await issueChallenge(req, user.id, 'password', user.passwordHash, true),
        ...extra,
      })
    }
    return complete(req, user, extra)
  }),
}

const passwordBody = z.object({
  challenge: z.string().min(10).max(2000),
  password: z.string().min(1).max(200),
})

const changePassword: Endpoint = {
  path: '/login/password',
  method: 'post',
  handler: sameOriginOnly(async (req) => {
    const parsed = passwordBody.safeParse(await readJson(req))
    if (!parsed.success) return problem(400, 'invalid_input', '请输入新密码')
    const found = await challenged(req, parsed.data.challenge, ['password'])
    if (found instanceof Response) return found
    const { user } = found
    if (!found.challenge.mfaDone) return problem(400, 'challenge_expired', EXPIRED)
    try {
      // As the account itself, so the change counts as the owner's (no forced change afterwards); the password
      // and second factor were proven by the earlier steps. Spending the challenge and saving the password are
      // one transaction: a refused password leaves the challenge for the next try, a replay finds it spent.
      req.user = { ...user, collection: 'users' } as PayloadRequest['user']
      req.context[PASSWORD_STEP] = true
      const changed = await inTransaction(req, async () => {
        if (!(await spendChallenge(req, found.challenge))) return false
        await req.payload.update({
          collection: 'users',
          id: user.id,
          data: { password: parsed.data.password },
          req,
          overrideAccess: true,
        })
        return true
      })
      if (!changed) return spent()
    } catch (error) {
      const message = validationMessage(error)
      if (message) return problem(400, 'weak_password', message)
      throw error
    }
    return complete(req, (await findStored(req, { id: user.id }))!)
  }),
}

export const loginEndpoints: Endpoint[] = [login, verify, changePassword]
