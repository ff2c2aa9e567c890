// The work a REST list read asks for, measured the way GraphQL operations are (lib/graphql/measure.ts):
// documents per page × (relation depth + 1). Used to refuse what no anonymous visitor needs (all documents
// at once, or more work than the GraphQL limit) and to admit heavy reads by cost (lib/graphql/admission.ts),
// so a few heavy reads cannot stall light ones.
import { MAX_COST } from '../graphql/limits.ts'
import { MAX_LIMIT } from './checkParams.ts'

/** Payload's REST defaults when a read names no `limit` or `depth`. */
const DEFAULT_LIMIT = 10

/** The arguments of a list read that decide its cost (as parsed from the query string: strings or numbers). */
export type ReadShape = { limit?: unknown; depth?: unknown; pagination?: unknown }

const number = (value: unknown, fallback: number) => {
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN
  return Number.isFinite(parsed) ? parsed : fallback
}

/** Whether the read switches paging off (`limit=0` or `pagination=false`): every document at once. */
export const readsEverything = ({ limit, pagination }: ReadShape) =>
  number(limit, DEFAULT_LIMIT) === 0 || String(pagination) === 'false'

/**
 * Estimated cost of a list read: documents (`limit`, 10 when absent, MAX_LIMIT when paging is off) × (depth + 1),
 * with `defaultDepth` (the config's) when absent. Unitless, comparable with GraphQL costs.
 */
export function readCost(shape: ReadShape, defaultDepth: number): number {
  const documents = readsEverything(shape)
    ? MAX_LIMIT
    : Math.min(Math.max(number(shape.limit, DEFAULT_LIMIT), 1), MAX_LIMIT)
  const depth = Math.min(Math.max(number(shape.depth, defaultDepth), 0), 10)
  return documents * (depth + 1)
}

/** Why an anonymous read may not run as asked (Chinese), or undefined. Staff reads are bounded by checkParams only. */
export function anonymousReadProblem(shape: ReadShape, defaultDepth: number): string | undefined {
  if (readsEverything(shape)) return `请分页读取：limit 须为 1–${MAX_LIMIT}，不能关闭分页`
  if (readCost(shape, defaultDepth) > MAX_COST)
    return `一次读取的工作量过大（每页条数 ×（关联层级 + 1）不能超过 ${MAX_COST}），请减小 limit 或 depth`
  return undefined
}
