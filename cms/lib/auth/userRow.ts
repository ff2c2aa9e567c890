// Targeted writes to a staff account's security columns and its session rows (see db/sql.ts). The checks
// that guard against replay and parallel guessing (failure count, TOTP step, recovery codes, enrolment)
// are made in the same statement as the write.
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { query, updateColumns, updateColumnsIf, type ColumnValue } from '../db/sql.ts'

const COLUMNS = {
  loginAttempts: 'login_attempts',
  lockUntil: 'lock_until',
  lastLoginAt: 'last_login_at',
  passwordHash: 'password_hash',
  passwordHistory: 'password_history',
  passwordChangedAt: 'password_changed_at',
  mustChangePassword: 'must_change_password',
  hash: 'hash',
  salt: 'salt',
  mfaSecret: 'mfa_secret',
  mfaEnabledAt: 'mfa_enabled_at',
  mfaLastStep: 'mfa_last_step',
  recoveryCodes: 'recovery_codes',
  rolesTag: 'roles_tag',
} as const

export type UserRowUpdate = Partial<Record<keyof typeof COLUMNS, ColumnValue>>

const columnsOf = (data: UserRowUpdate) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      COLUMNS[key as keyof typeof COLUMNS],
      value ?? null,
    ]),
  )

export const updateUserRow = (req: PayloadRequest, id: string, data: UserRowUpdate) =>
  updateColumns(req, 'users', id, columnsOf(data))

/** Writes `data` only while `guard` holds for the row; false when it no longer did (a replay or a race lost). */
export const updateUserRowIf = (req: PayloadRequest, id: string, data: UserRowUpdate, guard: SQL) =>
  updateColumnsIf(req, 'users', id, columnsOf(data), guard)

/**
 * Counts one failed login in a single statement, so parallel guesses cannot all read the same count, and
 * locks the account when the count reaches `max`. True when this failure locked it (an account already
 * locked is left as it is).
 */
export async function recordLoginFailure(
  req: PayloadRequest,
  id: string,
  max: number,
  lockSeconds: number,
): Promise<boolean> {
  const rows = await query<{ locked: boolean }>(
    req,
    sql`
    UPDATE users SET
      login_attempts = CASE WHEN COALESCE(login_attempts, 0) + 1 >= ${max} THEN 0 ELSE COALESCE(login_attempts, 0) + 1 END,
      lock_until = CASE WHEN COALESCE(login_attempts, 0) + 1 >= ${max} THEN now() + make_interval(secs => ${lockSeconds}) ELSE lock_until END
    WHERE id = ${id} AND (lock_until IS NULL OR lock_until <= now())
    RETURNING lock_until > now() AS locked`,
  )
  return rows[0]?.locked === true
}

/** Starts a session row (Payload's own table, so its JWT strategy, refresh and logout apply) and drops expired ones. */
export async function addSession(
  req: PayloadRequest,
  id: string,
  lifetimeSeconds: number,
): Promise<string> {
  const sid = randomUUID()
  await query(req, sql`DELETE FROM users_sessions WHERE _parent_id = ${id} AND expires_at < now()`)
  await query(
    req,
    sql`INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
    SELECT COALESCE(MAX(_order), 0) + 1, ${id}, ${sid}, now(), now() + make_interval(secs => ${lifetimeSeconds}) FROM users_sessions WHERE _parent_id = ${id}`,
  )
  return sid
}

/** Ends the account's sessions, except `keep` (the caller's own). */
export async function endSessions(req: PayloadRequest, id: string, keep?: string): Promise<void> {
  await query(req, sql`DELETE FROM users_sessions WHERE _parent_id = ${id} AND id <> ${keep ?? ''}`)
}
