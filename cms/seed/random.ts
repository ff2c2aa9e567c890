// Deterministic pseudo-random numbers (mulberry32) so the same seed always produces the same content.
export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  float: (min: number, max: number, digits?: number) => number
  pick: <T>(items: readonly T[]) => T
  some: <T>(items: readonly T[], min: number, max: number) => T[]
  chance: (p: number) => boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T
  return {
    next,
    int,
    float: (min, max, digits = 1) => Number((min + next() * (max - min)).toFixed(digits)),
    pick,
    some: (items, min, max) => {
      const pool = [...items]
      const count = Math.min(pool.length, int(min, max))
      return Array.from(
        { length: count },
        () => pool.splice(int(0, pool.length - 1), 1)[0] as (typeof items)[number],
      )
    },
    chance: (p) => next() < p,
  }
}
