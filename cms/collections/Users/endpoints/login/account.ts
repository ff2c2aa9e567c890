// The staff account as the login steps read it: with Payload's lockout columns, found by e-mail or id.
import type { PayloadRequest } from 'payload'
import type { User } from '../../../../../payload-types.ts'

export type StoredUser = User & { loginAttempts?: number | null; lockUntil?: string | null }

/** The account's full row (password hash, second factor, lockout columns), or null when there is none. */
export const findStored = async (req: PayloadRequest, where: { email: string } | { id: string }) =>
  (await req.payload.db.findOne({
    collection: 'users',
    req,
    where: 'email' in where ? { email: { equals: where.email } } : { id: { equals: where.id } },
  })) as StoredUser | null

/** True while the account's lockout (after too many failures) has not run out. */
export const locked = (user: StoredUser) =>
  Boolean(user.lockUntil && new Date(user.lockUntil).getTime() > Date.now())

/** Context binding the encrypted TOTP secret to its own row and column. */
export const mfaSecretContext = (id: string) => ({
  table: 'users',
  column: 'mfa_secret',
  rowId: id,
})
