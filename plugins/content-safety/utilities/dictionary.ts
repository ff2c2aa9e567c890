// The checker of the current dictionary, per process. The dictionary's version (the number of entries and
// the latest change, one query) is read on every check; when it has moved, the entries' ids and change times
// are compared with what the checker was built from, and only the entries added, changed or removed are read
// and applied to the checker in place (Checker.update). A large change (an import replacing much of the
// dictionary) rebuilds it whole. A change rolled back after a check saw it is undone the same way.
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { query, tableOf } from '../../../cms/lib/db/sql.ts'
import { WORDS } from '../collections/words.ts'
import { compileDictionary, type CompiledDictionary, type DictionaryRow } from '../engine/index.ts'
import { STARTER } from '../engine/data/starter.ts'

/** Past this share of the dictionary changed at once, rebuilding is simpler than updating. */
const REBUILD_SHARE = 0.25

type Cached = { version: string; checker: CompiledDictionary; known: Map<string, string> }
let cached: Cached | undefined
let refreshing: Promise<Cached> | undefined

const stamp = (value: Date | string) => new Date(value).toISOString()

async function readRows(
  req: PayloadRequest,
  ids?: string[],
): Promise<(DictionaryRow & { id: string })[]> {
  const { docs } = await req.payload.find({
    collection: WORDS as 'sensitive-words',
    where: ids ? { id: { in: ids } } : undefined,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as (DictionaryRow & { id: string })[]
}

async function refresh(req: PayloadRequest, version: string): Promise<Cached> {
  const current = await query<{ id: string; updated_at: Date }>(
    req,
    sql`SELECT id, updated_at FROM ${sql.identifier(tableOf(WORDS))}`,
  )
  const known = new Map(current.map((row) => [String(row.id), stamp(row.updated_at)]))
  const before = cached
  if (before) {
    const changed = [...known].filter(([id, at]) => before.known.get(id) !== at).map(([id]) => id)
    const removed = [...before.known.keys()].filter((id) => !known.has(id))
    if (changed.length + removed.length <= Math.max(50, REBUILD_SHARE * before.known.size)) {
      before.checker.update({
        put: changed.length ? await readRows(req, changed) : [],
        remove: removed,
      })
      return { version, checker: before.checker, known }
    }
  }
  return { version, checker: compileDictionary(await readRows(req)), known }
}

export async function currentChecker(
  req: PayloadRequest,
): Promise<{ checker: CompiledDictionary; version: string }> {
  const [row] = await query<{ entries: number; latest: Date | null }>(
    req,
    sql`SELECT count(*)::int AS entries, max(updated_at) AS latest FROM ${sql.identifier(tableOf(WORDS))}`,
  )
  const version = `${row?.entries ?? 0}:${row?.latest ? stamp(row.latest) : '-'}`
  if (cached?.version === version) return { checker: cached.checker, version }
  // Refreshes run one after the other in a process: a check waiting behind another's refresh of the same
  // version finds nothing left to do.
  const queued: Promise<Cached> = (refreshing ?? Promise.resolve(undefined))
    .catch(() => undefined)
    .then(() => (cached?.version === version ? cached : refresh(req, version)))
    .then((next) => (cached = next))
  refreshing = queued
  const { checker } = await queued
  return { checker, version }
}

/**
 * Loads the starter entries (data/starter.ts) into an empty dictionary: a new installation starts with them,
 * and a dictionary an agency has set up is never touched.
 */
export async function ensureStarterDictionary(
  payload: Payload,
  req?: PayloadRequest,
): Promise<number> {
  if (
    (await payload.count({ collection: WORDS as 'sensitive-words', req, overrideAccess: true }))
      .totalDocs > 0
  )
    return 0
  for (const entry of STARTER)
    await payload.create({
      collection: WORDS as 'sensitive-words',
      data: entry as never,
      req,
      overrideAccess: true,
    })
  return STARTER.length
}
