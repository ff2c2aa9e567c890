// The challenge carried from one login step to the next: read, checked against its account, or refused.
import type { PayloadRequest } from 'payload'
import { challengeBoundTo, readChallenge, type Challenge } from '../../../../lib/auth/challenge.ts'
import { problem } from '../../../../lib/http/problem.ts'
import { findStored, locked, type StoredUser } from './account.ts'
import { fail } from './failure.ts'

const EXPIRED = '登录步骤已超时或已失效，请重新输入账号和密码'

/** 400 challenge_expired: the challenge is unknown, out of date, at another step or already spent. */
export const spent = () => problem(400, 'challenge_expired', EXPIRED)

/** The account behind a live, unspent challenge at the expected step, or the response refusing it. */
export async function challenged(
  req: PayloadRequest,
  token: string,
  steps: Challenge['step'][],
): Promise<{ challenge: Challenge; user: StoredUser } | Response> {
  const challenge = await readChallenge(req, token)
  if (!challenge || !steps.includes(challenge.step)) return spent()
  const user = await findStored(req, { id: challenge.userId })
  if (!user || !challengeBoundTo(challenge, user.passwordHash)) return spent()
  if (locked(user)) return fail(req, user, 'auth.lockout', 'locked')
  return { challenge, user }
}
