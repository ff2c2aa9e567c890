// Step 1, POST /api/users/login: e-mail + password → { next: 'mfa' | 'enroll', challenge }.
import QRCode from 'qrcode'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { issueChallenge } from '../../../../lib/auth/challenge.ts'
import { decoyHash, verifyPassword } from '../../../../lib/auth/password.ts'
import { accountDisabled } from '../../../../lib/auth/policy.ts'
import { newTotpSecret, otpauthUrl } from '../../../../lib/auth/totp.ts'
import { sameOriginOnly } from '../../../../lib/http/origin.ts'
import { problem, readJson } from '../../../../lib/http/problem.ts'
import { findStored, locked, type StoredUser } from './account.ts'
import { auditLogin, fail, throttled } from './failure.ts'

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

/** First login: the second factor is set up now, before any session exists (secret, otpauth URL, QR code). */
async function offerEnrollment(req: PayloadRequest, user: StoredUser): Promise<Response> {
  const secret = newTotpSecret()
  const url = otpauthUrl(secret, user.email)
  return Response.json({
    next: 'enroll',
    challenge: await issueChallenge(req, user.id, 'enroll', user.passwordHash, false, secret),
    secret,
    otpauthUrl: url,
    qrCode: await QRCode.toDataURL(url, { margin: 1, width: 200 }),
  })
}

export const passwordStep: Endpoint = {
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
      await auditLogin(req, 'auth.login', 'failure', user.id, 'account-disabled')
      return problem(403, 'account_disabled', disabled)
    }
    if (user.mfaSecret)
      return Response.json({
        next: 'mfa',
        challenge: await issueChallenge(req, user.id, 'mfa', user.passwordHash),
      })
    return offerEnrollment(req, user)
  }),
}
