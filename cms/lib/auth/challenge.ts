// The signed token that carries a login from one step to the next (password → second factor → new password).
// It holds no secret the client does not already have, expires after a few minutes, and is bound to the
// account's current password hash, so a password change voids challenges issued before it. Each challenge is
// also a row in `login_challenges` and is spent by the step that passes with it, in one compare-and-set
// statement, so it opens at most one next step or session whichever app server receives it.
import { sql } from '@payloadcms/db-postgres'
import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { getCrypto } from '../crypto/index.ts'
import { sm3 } from '../crypto/sm.ts'
import { query } from '../db/sql.ts'
import { IDENTITY_POLICY } from './policy.ts'

export type LoginStep = 'mfa' | 'enroll' | 'password'
export type Challenge = {
  /** The row in login_challenges that records whether it was spent. */
  id: string
  userId: string
  step: LoginStep
  mfaDone: boolean
  /** Expiry, in milliseconds since the epoch. */
  exp: number
  bind: string
  /** While enrolling: the new TOTP secret, which the client is shown anyway; stored encrypted once confirmed. */
  secret?: string
}

/** Spent and expired rows are kept this long past their expiry (for nothing but a late replay's answer), then removed. */
const KEEP_SECONDS = 3600

const bindOf = (passwordHash: string | null | undefined) =>
  sm3(passwordHash ?? '')
    .toString('hex')
    .slice(0, 16)

export async function issueChallenge(
  req: PayloadRequest,
  userId: string,
  step: LoginStep,
  passwordHash: string | null | undefined,
  mfaDone = false,
  secret?: string,
): Promise<string> {
  const body: Challenge = {
    id: randomUUID(),
    userId,
    step,
    mfaDone,
    exp: Date.now() + IDENTITY_POLICY.challengeSeconds * 1000,
    bind: bindOf(passwordHash),
    secret,
  }
  await query(
    req,
    sql`DELETE FROM login_challenges WHERE expires_at < now() - make_interval(secs => ${KEEP_SECONDS})`,
  )
  await query(
    req,
    sql`INSERT INTO login_challenges (id, user_id, step, expires_at) VALUES (${body.id}, ${userId}, ${step}, ${new Date(body.exp).toISOString()})`,
  )
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url')
  return `${encoded}.${getCrypto().integrityTag(`login-challenge:${encoded}`)}`
}

/** The challenge if it is authentic, unexpired and not yet spent; otherwise null. */
export async function readChallenge(
  req: PayloadRequest,
  token: unknown,
): Promise<Challenge | null> {
  if (typeof token !== 'string' || token.length > 2000) return null
  const [encoded, tag] = token.split('.')
  if (!encoded || !tag || !getCrypto().verifyIntegrityTag(`login-challenge:${encoded}`, tag))
    return null
  const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Challenge
  if (typeof body.id !== 'string' || body.exp <= Date.now()) return null
  const open = await query(
    req,
    sql`SELECT 1 FROM login_challenges WHERE id = ${body.id} AND spent_at IS NULL AND expires_at > now()`,
  )
  return open.length ? body : null
}

/**
 * Spends the challenge: true for the one request that does so, false when it was spent already (a replay, or
 * a parallel request that got there first) or has expired.
 */
export async function spendChallenge(req: PayloadRequest, challenge: Challenge): Promise<boolean> {
  const rows = await query(
    req,
    sql`UPDATE login_challenges SET spent_at = now() WHERE id = ${challenge.id} AND spent_at IS NULL AND expires_at > now() RETURNING id`,
  )
  return rows.length > 0
}

export const challengeBoundTo = (challenge: Challenge, passwordHash: string | null | undefined) =>
  challenge.bind === bindOf(passwordHash)
