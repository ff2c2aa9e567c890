// Targeted writes to a staff account's security columns and its session rows (see db/updateColumns.ts).
import { sql } from '@payloadcms/db-postgres'
import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { dbFor, updateColumns, type ColumnValue } from '../db/updateColumns.ts'

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

export async function updateUserRow(req: PayloadRequest, id: string, data: UserRowUpdate): Promise<void> {
  const columns = Object.fromEntries(Object.entries(data).map(([key, value]) => [COLUMNS[key as keyof typeof COLUMNS], value ?? null]))
  await updateColumns(req, 'users', id, columns)
}

/** Starts a session row (Payload's own table, so its JWT strategy, refresh and logout apply) and drops expired ones. */
export async function addSession(req: PayloadRequest, id: string, lifetimeSeconds: number): Promise<string> {
  const sid = randomUUID()
  const db = await dbFor(req)
  await db.execute(sql`DELETE FROM users_sessions WHERE _parent_id = ${id} AND expires_at < now()`)
  await db.execute(sql`INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
    SELECT COALESCE(MAX(_order), 0) + 1, ${id}, ${sid}, now(), now() + make_interval(secs => ${lifetimeSeconds}) FROM users_sessions WHERE _parent_id = ${id}`)
  return sid
}

/** Ends the account's sessions, except `keep` (the caller's own). */
export async function endSessions(req: PayloadRequest, id: string, keep?: string): Promise<void> {
  await (await dbFor(req)).execute(sql`DELETE FROM users_sessions WHERE _parent_id = ${id} AND id <> ${keep ?? ''}`)
}
