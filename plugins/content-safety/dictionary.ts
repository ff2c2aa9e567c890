// The checker of the current dictionary, per process. It is rebuilt when the dictionary has changed (its
// version is the number of entries and the latest change), which any process notices on its next check.
import type { Payload, PayloadRequest } from 'payload'
import { Checker, type DictionaryRow } from './checker.ts'
import { STARTER } from './data/starter.ts'

export const WORDS = 'sensitive-words'

let cached: { version: string; checker: Checker } | undefined

export async function dictionaryVersion(payload: Payload): Promise<string> {
  const [{ totalDocs }, latest] = await Promise.all([
    payload.count({ collection: WORDS as 'sensitive-words', overrideAccess: true }),
    payload.find({ collection: WORDS as 'sensitive-words', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: { updatedAt: true } as never }),
  ])
  return `${totalDocs}:${(latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '-'}`
}

export async function currentChecker(payload: Payload): Promise<{ checker: Checker; version: string }> {
  const version = await dictionaryVersion(payload)
  if (cached?.version !== version) {
    const { docs } = await payload.find({ collection: WORDS as 'sensitive-words', pagination: false, depth: 0, overrideAccess: true })
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
