// The checker of the current dictionary, per process. It is rebuilt when the dictionary has changed (its
// version is the number of entries and the latest change, read in one query), which any process notices on
// its next check.
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { query, tableOf } from '../../cms/lib/db/sql.ts'
import { Checker, type DictionaryRow } from './checker.ts'
import { STARTER } from './data/starter.ts'

export const WORDS = 'sensitive-words'

let cached: { version: string; checker: Checker } | undefined

export async function currentChecker(req: PayloadRequest): Promise<{ checker: Checker; version: string }> {
  const [row] = await query<{ entries: number; latest: Date | null }>(req, sql`SELECT count(*)::int AS entries, max(updated_at) AS latest FROM ${sql.identifier(tableOf(WORDS))}`)
  const version = `${row?.entries ?? 0}:${row?.latest ? new Date(row.latest).toISOString() : '-'}`
  if (cached?.version !== version) {
    const { docs } = await req.payload.find({ collection: WORDS as 'sensitive-words', pagination: false, depth: 0, overrideAccess: true })
    cached = { version, checker: new Checker(docs as unknown as DictionaryRow[]) }
  }
  return { checker: cached.checker, version }
}

/**
 * Loads the starter entries (data/starter.ts) into an empty dictionary: a new installation starts with them,
 * and a dictionary an agency has set up is never touched.
 */
export async function ensureStarterDictionary(payload: Payload, req?: PayloadRequest): Promise<number> {
  if ((await payload.count({ collection: WORDS as 'sensitive-words', req, overrideAccess: true })).totalDocs > 0) return 0
  for (const entry of STARTER) await payload.create({ collection: WORDS as 'sensitive-words', data: entry as never, req, overrideAccess: true })
  return STARTER.length
}
