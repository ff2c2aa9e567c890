// The matcher of the current dictionary, per process: rebuilt when the dictionary has changed (its version
// is the number of entries and the latest change), which any process notices on its next check.
import type { Payload } from 'payload'
import { Matcher, type Level } from './matcher.ts'

export const WORDS = 'sensitive-words'

type Row = { word: string; kind: 'word' | 'allow'; category?: string | null; level?: Level | null; replacement?: string | null }

let cached: { version: string; matcher: Matcher } | undefined

async function versionOf(payload: Payload): Promise<string> {
  const [{ totalDocs }, latest] = await Promise.all([
    payload.count({ collection: WORDS as 'sensitive-words', overrideAccess: true }),
    payload.find({ collection: WORDS as 'sensitive-words', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: { updatedAt: true } as never }),
  ])
  return `${totalDocs}:${(latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '-'}`
}

export async function currentMatcher(payload: Payload): Promise<{ matcher: Matcher; version: string }> {
  const version = await versionOf(payload)
  if (cached?.version !== version) {
    const { docs } = await payload.find({ collection: WORDS as 'sensitive-words', pagination: false, depth: 0, overrideAccess: true })
    const rows = docs as unknown as Row[]
    const matcher = new Matcher(
      rows.filter((row) => row.kind !== 'allow').map((row) => ({ word: row.word, category: row.category ?? '未分类', level: row.level ?? 'review', replacement: row.replacement })),
      rows.filter((row) => row.kind === 'allow').map((row) => row.word),
    )
    cached = { version, matcher }
  }
  return { matcher: cached.matcher, version }
}
