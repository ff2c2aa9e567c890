// The three ways through the second-factor step: enrol a new TOTP secret, enter a TOTP code, or use a
// recovery code. Each answers the extra fields for the reply, or the response refusing the attempt.
//
// A right code or recovery code spends the challenge (once: a replay, or a parallel request with the same
// challenge, gets "expired"), and each write is guarded by what was checked, so a parallel request with the
// same code or recovery code loses the race instead of passing too. A wrong code leaves the challenge for
// the next try (it counts toward the lockout).
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { spendChallenge, type Challenge } from '../../../../lib/auth/challenge.ts'
import { newRecoveryCodes, useRecoveryCode } from '../../../../lib/auth/recoveryCodes.ts'
import { verifyTotp } from '../../../../lib/auth/totp.ts'
import { updateUserRowIf } from '../../../../lib/auth/userRow.ts'
import { getCrypto } from '../../../../lib/crypto/index.ts'
import { mfaSecretContext, type StoredUser } from './account.ts'
import { spent } from './challenged.ts'
import { auditLogin, fail } from './failure.ts'

/** Fields added to the reply of a passed second-factor step. */
export type SecondFactorExtra = { recoveryCodes?: string[]; recoveryCodesLeft?: number }

/** First login: the code proves the phone holds the challenge's secret, which is then stored encrypted. */
export async function enrollTotp(
  req: PayloadRequest,
  challenge: Challenge,
  user: StoredUser,
  code: string | undefined,
): Promise<SecondFactorExtra | Response> {
  const step =
    code && challenge.secret ? verifyTotp(challenge.secret, user.email, code, null) : null
  const wrongCode = () =>
    fail(req, user, 'auth.mfa-enroll', 'wrong-code', '动态验证码不正确，请核对手机时间后重试')
  if (step === null) return wrongCode()
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
  if (!enrolled) return wrongCode()
  await auditLogin(req, 'auth.mfa-enroll', 'success', user.id)
  return { recoveryCodes: recovery.codes }
}

/** A TOTP code from the enrolled secret, newer than the last one used. */
export async function checkTotp(
  req: PayloadRequest,
  challenge: Challenge,
  user: StoredUser,
  code: string,
): Promise<SecondFactorExtra | Response> {
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
    return fail(req, user, 'auth.mfa', 'wrong-code', '动态验证码不正确或已使用，请等待下一个验证码')
  await auditLogin(req, 'auth.mfa', 'success', user.id, 'totp')
  return {}
}

/** One of the account's unused recovery codes, which is then struck off. */
export async function checkRecoveryCode(
  req: PayloadRequest,
  challenge: Challenge,
  user: StoredUser,
  recoveryCode: string,
): Promise<SecondFactorExtra | Response> {
  const tags = (user.recoveryCodes as string[] | null) ?? []
  const remaining = useRecoveryCode(user.id, recoveryCode, tags)
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
  await auditLogin(
    req,
    'auth.mfa',
    'success',
    user.id,
    `recovery-code（剩余 ${remaining.length} 个）`,
  )
  return { recoveryCodesLeft: remaining.length }
}
