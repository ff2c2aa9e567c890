// Planner statistics after a bulk write (issue 16 §6).
import type { Payload } from 'payload'
import { poolOf } from './sql.ts'

/**
 * Gathers PostgreSQL's planner statistics for every table (`ANALYZE`), after a bulk write such as the seed.
 *
 * Autovacuum gathers them only some time after rows change (a minute at the earliest, later on a busy
 * server). Until then the planner guesses a default selectivity for each condition, and a list read of a
 * publishable collection — `_status = 'published' AND deleted_at IS NULL` (drafts and the trash), ordered by
 * `publishedAt` — is estimated at one matching row: the planner then joins the relationship rows of every
 * stored document and sorts them all to keep 20, about 0.02 ms per stored document (50 ms per request for
 * 2,000 articles), instead of walking the `published_at` index and stopping after 21 rows (~3 ms).
 *
 * Runs on the pool, outside any transaction, as the connection's role (the owner: ANALYZE skips tables a
 * role neither owns nor may maintain). Seconds for the demo's size; errors propagate.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  await poolOf(payload).query('ANALYZE')
}
