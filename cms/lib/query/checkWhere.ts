// Bounds and type checks for a `where` from a request (REST query string, X-HTTP-Method-Override body or
// GraphQL argument) before it reaches PostgreSQL: known operators only, values of the column's type, short
// values (an ILIKE over a 1 MB pattern runs for minutes), short lists, shallow nesting. Returns the first
// problem in Chinese, or undefined when the query may run.
import type { FlattenedField, Payload } from 'payload'
import { fieldKind, type FieldKind } from './fieldKind.ts'

/** Characters in one value; words in a `like`/`contains` value (each word is one more ILIKE). */
export const MAX_VALUE_LENGTH = 200
export const MAX_WORDS = 10
/** Entries of an `in`/`not_in`/`all` list; conditions in one query; `and`/`or` nesting; dotted path segments. */
export const MAX_LIST = 100
export const MAX_CONDITIONS = 50
export const MAX_NESTING = 5
const MAX_SEGMENTS = 5

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PATH_SEGMENT = /^\w{1,64}$/
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const EQUALITY = new Set(['equals', 'not_equals', ...LIST_OPERATORS])

/** Which operators each kind of column supports (geo operators only on points, `like` only on text). */
const OPERATORS: Record<FieldKind['kind'], Set<string>> = {
  text: new Set([...EQUALITY, ...TEXT_OPERATORS, ...COMPARISONS, 'exists']),
  uuid: new Set([...EQUALITY, 'exists']),
  number: new Set([...EQUALITY, ...COMPARISONS, 'exists']),
  date: new Set([...EQUALITY, ...COMPARISONS, 'exists']),
  boolean: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists']),
  select: new Set([...EQUALITY, 'exists']),
  point: new Set([...GEO_OPERATORS, 'equals', 'not_equals', 'exists']),
  document: new Set(['exists']),
  nested: new Set(['exists']),
  unknown: new Set([...EQUALITY, ...TEXT_OPERATORS, ...COMPARISONS, 'exists']),
}

type Scope = { payload: Payload; fields: FlattenedField[]; conditions: number }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isBooleanLike = (value: unknown) =>
  value === true || value === false || value === 'true' || value === 'false'

/** The values an operator compares with: a list's entries (array or comma-separated) or the one value. */
function valuesOf(operator: string, value: unknown): unknown[] {
  if (!LIST_OPERATORS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  if (isRecord(value)) return Object.values(value)
  return typeof value === 'string' ? value.split(',') : [value]
}

/** The problem with one scalar value for a column of `field`'s kind, if any. */
function valueProblem(
  path: string,
  operator: string,
  field: FieldKind,
  value: unknown,
): string | undefined {
  if (value === null && (operator === 'equals' || operator === 'not_equals')) return undefined
  // Our own hooks, running inside a GraphQL request, compare dates as Date objects.
  if (value instanceof Date)
    return Number.isFinite(value.getTime()) ? undefined : `“${path}”须为有效日期`
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return `“${path}”的查询值必须是文字或数字`
  const text = String(value)
  if (text.length > MAX_VALUE_LENGTH)
    return `“${path}”的查询值过长（最多 ${MAX_VALUE_LENGTH} 个字符）`
  if (text.includes('\0')) return `“${path}”的查询值含有不允许的控制字符`
  if (TEXT_OPERATORS.has(operator) && text.trim().split(/\s+/).length > MAX_WORDS)
    return `“${path}”的查询词过多（最多 ${MAX_WORDS} 个）`
  switch (field.kind) {
    case 'uuid':
      return UUID.test(text) ? undefined : `“${path}”须为文档 ID（UUID 格式）`
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? undefined : `“${path}”须为数字`
    case 'date':
      return Number.isFinite(Date.parse(text)) && Math.abs(new Date(text).getUTCFullYear()) < 10000
        ? undefined
        : `“${path}”须为有效日期`
    case 'boolean':
      return isBooleanLike(value) ? undefined : `“${path}”须为 true 或 false`
    case 'select':
      return field.options.includes(text)
        ? undefined
        : `“${path}”没有“${text.slice(0, 20)}”这个选项`
    default:
      return undefined
  }
}

function conditionProblem(scope: Scope, path: string, condition: unknown): string | undefined {
  const segments = path.split('.')
  if (segments.length > MAX_SEGMENTS || !segments.every((segment) => PATH_SEGMENT.test(segment)))
    return `查询字段“${path.slice(0, 60)}”无效`
  if (!isRecord(condition)) return `“${path}”的查询条件须写成 where[字段][运算符]=值`
  const operators = Object.entries(condition)
  if (operators.length === 0) return `“${path}”缺少查询运算符`
  const field = fieldKind(scope.payload, scope.fields, segments)
  for (const [operator, value] of operators) {
    if (++scope.conditions > MAX_CONDITIONS) return `查询条件过多（最多 ${MAX_CONDITIONS} 个）`
    if (!OPERATORS.unknown.has(operator) && !GEO_OPERATORS.has(operator))
      return `不支持查询运算符“${operator.slice(0, 30)}”`
    if (!OPERATORS[field.kind].has(operator)) return `字段“${path}”不支持“${operator}”查询`
    if (GEO_OPERATORS.has(operator)) continue
    if (operator === 'exists') {
      if (!isBooleanLike(value)) return `“${path}”的 exists 须为 true 或 false`
      continue
    }
    const values = valuesOf(operator, value)
    if (values.length > MAX_LIST) return `“${path}”的列表过长（最多 ${MAX_LIST} 项）`
    for (const each of values) {
      const problem = valueProblem(path, operator, field, each)
      if (problem) return problem
    }
  }
  return undefined
}

function whereProblem(scope: Scope, where: unknown, depth: number): string | undefined {
  if (!isRecord(where)) return '查询条件 where 须为对象，例如 where[title][equals]=值'
  if (depth > MAX_NESTING) return `查询条件嵌套过深（最多 ${MAX_NESTING} 层）`
  for (const [key, value] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      const branches = Array.isArray(value)
        ? value
        : isRecord(value)
          ? Object.values(value)
          : undefined
      if (!branches) return `“${key}”须为条件列表`
      for (const branch of branches) {
        const problem = whereProblem(scope, branch, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const problem = conditionProblem(scope, key, value)
    if (problem) return problem
  }
  return undefined
}

/** The first problem with a `where` on a collection with these fields, in Chinese; undefined when it may run. */
export const checkWhere = (
  payload: Payload,
  fields: FlattenedField[],
  where: unknown,
): string | undefined => whereProblem({ payload, fields, conditions: 0 }, where, 0)
