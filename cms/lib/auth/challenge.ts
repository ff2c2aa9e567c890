// The signed token that carries a login from one step to the next (password → second factor → new password).
// It holds no secret the client does not already have, expires after a few minutes, and is bound to the account's current password hash, so
// a password change voids challenges issued before it.
import { getCrypto } from '../crypto/index.ts'
import { sm3 } from '../crypto/sm.ts'
import { IDENTITY_POLICY } from './policy.ts'

export type LoginStep = 'mfa' | 'enroll' | 'password'
export type Challenge = {
  userId: string
  step: LoginStep
  mfaDone: boolean
  exp: number
  bind: string
  /** While enrolling: the new TOTP secret, which the client is shown anyway; stored encrypted once confirmed. */
  secret?: string
}

const bindOf = (passwordHash: string | null | undefined) => sm3(passwordHash ?? '').toString('hex').slice(0, 16)

export function issueChallenge(userId: string, step: LoginStep, passwordHash: string | null | undefined, mfaDone = false, secret?: string): string {
  const body: Challenge = { userId, step, mfaDone, exp: Date.now() + IDENTITY_POLICY.challengeSeconds * 1000, bind: bindOf(passwordHash), secret }
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url')
  return `${encoded}.${getCrypto().integrityTag(`login-challenge:${encoded}`)}`
}

/** The challenge if it is authentic, unexpired and still bound to `passwordHash`; otherwise null. */
export function readChallenge(token: unknown): Challenge | null {
  if (typeof token !== 'string' || token.length > 2000) return null
  const [encoded, tag] = token.split('.')
  if (!encoded || !tag || !getCrypto().verifyIntegrityTag(`login-challenge:${encoded}`, tag)) return null
  const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Challenge
  return body.exp > Date.now() ? body : null
}

export const challengeBoundTo = (challenge: Challenge, passwordHash: string | null | undefined) => challenge.bind === bindOf(passwordHash)
