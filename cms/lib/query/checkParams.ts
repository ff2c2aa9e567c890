// Bounds for the other arguments of a read from a request: paging, depth, sort, select and populate.
// Returns the first problem in Chinese, or undefined.
import type { FlattenedField, Payload } from 'payload'
import { fieldKind } from './fieldKind.ts'

/** Documents per page; the last page one may ask for; relation depth; sort keys; select/populate keys and nesting. */
export const MAX_LIMIT = 1000
export const MAX_PAGE = 100_000
export const MAX_DEPTH = 10
const MAX_SORT_KEYS = 5
const MAX_SELECT_KEYS = 200
const MAX_SELECT_NESTING = 5

const SORT_KEY = /^-?\w{1,64}(\.\w{1,64}){0,4}$/
const SELECT_KEY = /^[\w-]{1,64}$/

const integerIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** The arguments checked here, as Payload's operations take them. */
export type ReadParams = {
  limit?: unknown
  page?: unknown
  depth?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
}

function sortProblem(
  payload: Payload,
  fields: FlattenedField[],
  sort: unknown,
): string | undefined {
  const keys = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : undefined
  if (!keys || keys.length > MAX_SORT_KEYS)
    return `sort 须为最多 ${MAX_SORT_KEYS} 个字段名，以逗号分隔`
  for (const key of keys) {
    if (typeof key !== 'string' || !SORT_KEY.test(key))
      return `不能按“${String(key).slice(0, 60)}”排序`
    const kind = fieldKind(payload, fields, key.replace(/^-/, '').split('.')).kind
    if (kind === 'unknown' || kind === 'document' || kind === 'nested' || kind === 'point')
      return `不能按“${key}”排序`
  }
  return undefined
}

/** A select or populate value: `{ field: true | false | { … } }`, shallow and small. */
function selectProblem(
  name: string,
  value: unknown,
  depth = 0,
  counted = { keys: 0 },
): string | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    depth > MAX_SELECT_NESTING
  )
    return `${name} 须为字段名到 true/false 的对应，例如 ${name}[title]=true`
  for (const [key, inner] of Object.entries(value)) {
    if (!SELECT_KEY.test(key) || ++counted.keys > MAX_SELECT_KEYS)
      return `${name} 中的字段“${key.slice(0, 60)}”无效`
    if (typeof inner === 'boolean') continue
    const problem = selectProblem(name, inner, depth + 1, counted)
    if (problem) return problem
  }
  return undefined
}

/** The first problem with these read arguments for a collection with `fields`; undefined when they may run. */
export function checkParams(
  payload: Payload,
  fields: FlattenedField[],
  params: ReadParams,
): string | undefined {
  if (params.limit !== undefined && !integerIn(params.limit, 0, MAX_LIMIT))
    return `limit 须为 0–${MAX_LIMIT} 的整数`
  if (params.page !== undefined && !integerIn(params.page, 1, MAX_PAGE))
    return `page 须为 1–${MAX_PAGE} 的整数`
  if (params.depth !== undefined && !integerIn(params.depth, 0, MAX_DEPTH))
    return `depth 须为 0–${MAX_DEPTH} 的整数`
  if (params.sort !== undefined && params.sort !== null) {
    const problem = sortProblem(payload, fields, params.sort)
    if (problem) return problem
  }
  for (const name of ['select', 'populate'] as const) {
    if (params[name] === undefined || params[name] === null) continue
    const problem = selectProblem(name, params[name])
    if (problem) return problem
  }
  return undefined
}
