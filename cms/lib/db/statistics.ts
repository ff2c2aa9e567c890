// Planner statistics after bulk writes (issue 16 §6).
//
// PostgreSQL plans each query from per-table statistics that autovacuum gathers only some time after rows
// change (a minute at the earliest, later on a busy server), and never by itself for a database restored
// from a dump. Until then the planner guesses a default selectivity for each condition: a list read of a
// publishable collection — `_status = 'published' AND deleted_at IS NULL` (drafts and the trash), ordered
// by `publishedAt` — is estimated at one matching row, so the planner joins the relationship rows of every
// stored document and sorts them all to keep 20: about 0.02 ms per stored document (50 ms per request for
// 2,000 articles) instead of walking the `published_at` index and stopping after 21 rows (~3 ms).
import type { Payload } from 'payload'
import { poolOf } from './sql.ts'

/** A connection or pool to run statements on, as the database owner (ANALYZE skips tables a role does not own). */
export type Queryable = {
  query: <Row extends object>(text: string) => Promise<{ rows: Row[] }>
}

/**
 * Gathers statistics for every table (`ANALYZE`), after a bulk write such as the seed: tables that had
 * statistics from before the write are refreshed too. Outside any transaction; seconds for the demo's size.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  await poolOf(payload).query('ANALYZE')
}

/**
 * Gathers statistics for the tables of the current schema that have none (a new or restored database, a
 * table a migration created), on every start. Returns their names. Empty tables stay without statistics
 * and are looked at again, which costs nothing.
 */
export async function analyzeTablesWithoutStatistics(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        AND pg_has_role(c.relowner, 'USAGE')
        AND NOT EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname)
      ORDER BY 1`,
  )
  const names = rows.map((row) => row.name)
  if (names.length > 0) await db.query(`ANALYZE ${names.join(', ')}`)
  return names
}
