// A Payload Local API instance for launcher scripts (migrations, seed), with the env already prepared.
import { getPayload, type Payload } from 'payload'

/**
 * Opens Payload for a script: migrations, seed, audit:verify, account:reactivate, the launcher, the benchmarks.
 * A script is never the Next.js dev server, whatever NODE_ENV says, so two things Payload does outside
 * production are switched off here, for every script at once: the HMR WebSocket that getPayload() opens
 * to ws://localhost:$PORT (default 3000) — against a CMS listening there it stays open and the script
 * never exits — and the `payload generate:types` child process spawned on init (it holds the script
 * open for seconds and rewrites payload-types.ts, a tracked file).
 */
export async function openPayload(databaseUrl: string, payloadSecret: string): Promise<Payload> {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = payloadSecret
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: configPromise } = await import('../../payload.config.ts')
  const config = await configPromise
  const payload = await getPayload({
    config: { ...config, typescript: { ...config.typescript, autoGenerate: false } },
  })
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
