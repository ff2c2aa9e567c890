// A Payload Local API instance for launcher scripts (migrations, seed), with the env already prepared.
import { getPayload, type Payload } from 'payload'

export async function openPayload(databaseUrl: string, payloadSecret: string): Promise<Payload> {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = payloadSecret
  const { default: config } = await import('../../payload.config.ts')
  const payload = await getPayload({ config })
  // An idle connection dropped by a database shutdown must not crash a long-running launcher.
  ;(payload.db as unknown as { pool?: PgPool }).pool?.on('error', () => {})
  return payload
}

type PgClient = { release?: (destroy: boolean) => void }
type PgPool = {
  end: () => Promise<void>
  ending?: boolean
  ended?: boolean
  on: (event: 'error', fn: () => void) => void
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
}

/**
 * Closes the database pool. Payload's postgres adapter checks out one client on connect and never
 * releases it, so `pool.end()` alone would wait forever: release (and destroy) checked-out clients first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool) return
  pool.on('error', () => {})
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of (pool._clients ?? []).filter((c) => !idle.has(c))) client.release?.(true)
  // destroy() ends the pool itself when Payload failed part-way; a second end() throws.
  if (!pool.ending && !pool.ended) await pool.end()
}
