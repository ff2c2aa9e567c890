// Step 2, POST /api/users/login/verify: challenge + TOTP or recovery code → session, or
// { next: 'password' } when the password must change first.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { issueChallenge } from '../../../../lib/auth/challenge.ts'
import { IDENTITY_POLICY, passwordExpired } from '../../../../lib/auth/policy.ts'
import { sameOriginOnly } from '../../../../lib/http/origin.ts'
import { problem, readJson } from '../../../../lib/http/problem.ts'
import type { StoredUser } from './account.ts'
import { challenged } from './challenged.ts'
import { throttled } from './failure.ts'
import { checkRecoveryCode, checkTotp, enrollTotp, type SecondFactorExtra } from './secondFactor.ts'
import { startSession } from './startSession.ts'

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

/** Second factor passed: a password that must change gets its own step, else the session starts. */
async function afterSecondFactor(
  req: PayloadRequest,
  user: StoredUser,
  extra: SecondFactorExtra,
): Promise<Response> {
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
  return startSession(req, user, extra)
}

export const mfaStep: Endpoint = {
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
    const passed =
      challenge.step === 'enroll'
        ? await enrollTotp(req, challenge, user, code)
        : code
          ? await checkTotp(req, challenge, user, code)
          : await checkRecoveryCode(req, challenge, user, recoveryCode!)
    if (passed instanceof Response) return passed
    return afterSecondFactor(req, user, passed)
  }),
}
