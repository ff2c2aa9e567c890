// Checks the query arguments a request brings (REST query string, GraphQL arguments) before any operation
// runs them, on every collection: where, paging, depth, sort, select, populate, and a document id. Arguments
// our own code passes to the Local API are not checked (they may legitimately be larger).
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { checkParams, type ReadParams } from '../lib/query/checkParams.ts'
import { checkWhere } from '../lib/query/checkWhere.ts'
import { anonymousReadProblem } from '../lib/query/readCost.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const CHECKED = ['where', 'limit', 'page', 'depth', 'sort', 'select', 'populate'] as const

type Args = Partial<Record<(typeof CHECKED)[number] | 'id' | 'pagination', unknown>>

/** Whether an argument came from the request: every GraphQL argument; a REST argument equal to its query parameter. */
function fromRequest(req: PayloadRequest, name: string, value: unknown): boolean {
  if (value === undefined || req.payloadAPI === 'local') return false
  if (req.payloadAPI === 'GraphQL') return true
  const query = req.query as Record<string, unknown> | undefined
  if (!query || !Object.hasOwn(query, name)) return false
  const given = query[name]
  return (
    given === value ||
    (typeof value !== 'object' && String(given) === String(value)) ||
    (Array.isArray(value) && String(given) === String(value))
  )
}

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const guardQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const given = args as Args & { data?: unknown }
  // A REST body that is JSON but not an object (null, an array, a number), or a form that Payload does not read.
  if (
    (operation === 'create' || operation === 'update') &&
    req.payloadAPI === 'REST' &&
    given.data === req.data &&
    !isPlainObject(req.data) &&
    !(req.data === undefined && req.file)
  ) {
    throw new APIError(
      '请求体须为 JSON 对象（Content-Type: application/json）',
      400,
      { code: 'invalid_body' },
      true,
    )
  }
  const id = given.id
  const idFromRequest =
    req.payloadAPI === 'GraphQL' ||
    (req.payloadAPI === 'REST' && id !== undefined && id === req.routeParams?.id)
  if (id !== undefined && idFromRequest && !(typeof id === 'string' && UUID.test(id))) {
    throw new APIError(
      `没有 ID 为“${String(id).slice(0, 40)}”的文档（ID 须为 UUID）`,
      404,
      { code: 'not_found' },
      true,
    )
  }
  const params: ReadParams = {}
  for (const name of CHECKED)
    if (name !== 'where' && fromRequest(req, name, given[name])) params[name] = given[name]
  const problem =
    checkParams(req.payload, collection.flattenedFields, params) ??
    (fromRequest(req, 'where', given.where)
      ? checkWhere(req.payload, collection.flattenedFields, given.where)
      : undefined)
  if (problem) throw new APIError(problem, 400, { code: 'invalid_query' }, true)
  // An anonymous read is paged and no heavier than a GraphQL operation may be (lib/query/readCost.ts).
  if (!req.user && req.payloadAPI === 'REST') {
    const shape = {
      limit: fromRequest(req, 'limit', given.limit) ? given.limit : undefined,
      depth: fromRequest(req, 'depth', given.depth) ? given.depth : undefined,
      pagination: fromRequest(req, 'pagination', given.pagination) ? given.pagination : undefined,
    }
    const tooMuch = anonymousReadProblem(shape, req.payload.config.defaultDepth)
    if (tooMuch) throw new APIError(tooMuch, 400, { code: 'too_much_work' }, true)
  }
  return args
}
