// What every part of the demo seed is given: the seed transaction's request, the random source, the anchor
// date, the sizes, and a log.
import type { Payload, PayloadRequest } from 'payload'
import type { Random } from './random.ts'

export type SeedSizes = {
  articles: number
  riskAlerts: number
  trainings: number
  serviceGuides: number
  providers: number
  financeProducts: number
  projects: number
}

export type SeedContext = {
  payload: Payload
  /** The seed transaction's request: every create runs on its single connection. */
  req: PayloadRequest
  /** Drawn from in a fixed order, so the same seed number always gives the same content. */
  r: Random
  /** Date that relative dates (alert validity, training times) are computed from. */
  anchor: Date
  /** The anchor's year (UTC): demo figures are for the year before. */
  year: number
  sizes: SeedSizes
  log: (line: string) => void
}

/** Demo content is created already published, as if it had passed review. */
export const PUBLISHED = { _status: 'published' as const }

export const DAY = 86_400_000

/** Sequential on purpose: everything runs on the seed transaction's single connection. */
export async function each<T>(items: T[], work: (item: T, index: number) => Promise<unknown>) {
  for (const [index, item] of items.entries()) await work(item, index)
}

/** `count` indexes 0…count−1, for `each`. */
export const times = (count: number) => Array.from({ length: count })
