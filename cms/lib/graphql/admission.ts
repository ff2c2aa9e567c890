// Admission of GraphQL operations in this process by their measured cost: light ones always run; heavier
// ones together may not exceed CAPACITY, so a few heavy (allowed) queries cannot hold every database
// connection while light requests wait. Those over capacity queue in order, up to MAX_WAITING of them for
// at most MAX_WAIT_MS each.
import { CAPACITY, LIGHT_COST, MAX_WAIT_MS, MAX_WAITING } from './limits.ts'

type Release = () => void

let running = 0
const waiting: { cost: number; start: () => void }[] = []

const nothingToRelease: Release = () => {}

function take(cost: number): Release {
  running += cost
  let released = false
  return () => {
    if (released) return
    released = true
    running -= cost
    while (waiting[0] && running + waiting[0].cost <= CAPACITY) waiting.shift()!.start()
  }
}

/** Resolves with the release to call when the operation is done, or null when it cannot run in time. */
export function admit(cost: number): Promise<Release | null> {
  if (cost <= LIGHT_COST) return Promise.resolve(nothingToRelease)
  if (waiting.length === 0 && running + cost <= CAPACITY) return Promise.resolve(take(cost))
  if (waiting.length >= MAX_WAITING) return Promise.resolve(null)
  return new Promise((resolve) => {
    const entry = {
      cost,
      start: () => {
        clearTimeout(timer)
        resolve(take(cost))
      },
    }
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(entry), 1)
      resolve(null)
    }, MAX_WAIT_MS)
    waiting.push(entry)
  })
}
