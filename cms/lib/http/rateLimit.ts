// Rate limits every app server shares: one counter row per key in PostgreSQL (table rate_limits), counted by a
// single atomic upsert outside any request transaction, so a refusal or a rollback does not undo the count. A
// window starts with a key's first hit and lasts `windowSeconds`; the next hit after it starts a new one.
import type { Payload } from 'payload'
import { poolOf } from '../db/sql.ts'

/** At most `points` hits per key in a window of `windowSeconds` (whole seconds). */
export type Limit = { points: number; windowSeconds: number }

/** `count`: hits in the current window including this one; `retryAfterSeconds`: until the window ends. */
export type LimitState = { count: number; allowed: boolean; retryAfterSeconds: number }

type Row = { points: number; expires_at: Date }

const state = (row: Row | undefined, limit: Limit, now = Date.now()): LimitState => {
  const count = row?.points ?? 0
  const retryAfterSeconds = row
    ? Math.max(1, Math.ceil((row.expires_at.getTime() - now) / 1000))
    : 0
  return { count, allowed: count <= limit.points, retryAfterSeconds }
}

/** Expired rows are removed now and then (about one call in 50), by whichever server is counting. */
const purgeExpired = (payload: Payload) =>
  Math.random() < 0.02
    ? poolOf(payload)
        .query('DELETE FROM rate_limits WHERE expires_at < now()')
        .then(() => undefined)
    : Promise.resolve()

/** Counts one hit for `key`; `allowed` is false once the window holds more than `limit.points` hits. */
export async function hitLimit(payload: Payload, key: string, limit: Limit): Promise<LimitState> {
  await purgeExpired(payload)
  const { rows } = await poolOf(payload).query<Row>(
    `INSERT INTO rate_limits AS r (key, points, expires_at) VALUES ($1, 1, now() + make_interval(secs => $2))
     ON CONFLICT (key) DO UPDATE SET
       points = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.points + 1 END,
       expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at ELSE r.expires_at END
     RETURNING points, expires_at`,
    [key.slice(0, 300), limit.windowSeconds],
  )
  return state(rows[0], limit)
}

/** The key's current window without counting a hit: `allowed` is false once it already holds `limit.points` hits. */
export async function peekLimit(payload: Payload, key: string, limit: Limit): Promise<LimitState> {
  const { rows } = await poolOf(payload).query<Row>(
    'SELECT points, expires_at FROM rate_limits WHERE key = $1 AND expires_at > now()',
    [key.slice(0, 300)],
  )
  const current = state(rows[0], limit)
  return { ...current, allowed: current.count < limit.points }
}
