// Step 3, POST /api/users/login/password: challenge + new password → session. Reached only after the second
// factor, when the password must change (first login, reset by an administrator, or expired).
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { spendChallenge } from '../../../../lib/auth/challenge.ts'
import { inTransaction } from '../../../../lib/db/sql.ts'
import { sameOriginOnly } from '../../../../lib/http/origin.ts'
import { problem, readJson, validationMessage } from '../../../../lib/http/problem.ts'
import { PASSWORD_STEP } from '../../hooks/credentials.ts'
import { findStored } from './account.ts'
import { challenged, spent } from './challenged.ts'
import { startSession } from './startSession.ts'

const passwordBody = z.object({
  challenge: z.string().min(10).max(2000),
  password: z.string().min(1).max(200),
})

export const newPasswordStep: Endpoint = {
  path: '/login/password',
  method: 'post',
  handler: sameOriginOnly(async (req) => {
    const parsed = passwordBody.safeParse(await readJson(req))
    if (!parsed.success) return problem(400, 'invalid_input', '请输入新密码')
    const found = await challenged(req, parsed.data.challenge, ['password'])
    if (found instanceof Response) return found
    const { user } = found
    if (!found.challenge.mfaDone) return spent()
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
    return startSession(req, (await findStored(req, { id: user.id }))!)
  }),
}
