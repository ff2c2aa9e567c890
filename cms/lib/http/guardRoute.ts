// Wraps the Next route handlers of the REST API so that nothing leaves them without the house error shape:
// a path naming an inherited object property (/api/toString, /api/__proto__) is refused before Payload looks
// it up among the collections, an error Payload's own routing answers without its error hooks (route not
// found, 501) gets { error: { code, message } } in Chinese, and an error thrown past them becomes a described one.
// The versions routes of a collection or global without versions, and every route of a collection without
// REST routes (payload-migrations), answer 404. A collection list read is admitted by its cost, as GraphQL
// operations are (lib/query/readCost.ts, lib/graphql/admission.ts): light reads run at once, heavy ones share
// the process's capacity, so a handful of `limit=1000&depth=3` reads cannot hold every connection.
import type { SanitizedConfig } from 'payload'
import { admit } from '../graphql/admission.ts'
import { readCost, type ReadShape } from '../query/readCost.ts'
import { describeError } from './describeError.ts'
import { problem } from './problem.ts'

type RouteHandler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const INHERITED = (segment: string) => segment in Object.prototype
const NOT_FOUND = () => problem(404, 'not_found', '没有这个接口或内容')

/**
 * Whether the path asks for what Payload cannot serve and would fail on: the versions of a collection or global
 * that keeps none (a missing table), or a collection without REST routes (`endpoints: false`, e.g. payload-migrations).
 */
async function unservable(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  [first, second, third]: string[],
): Promise<boolean> {
  const { collections, globals } = await config
  if (first === 'globals')
    return (
      third === 'versions' && globals.some((global) => global.slug === second && !global.versions)
    )
  const collection = collections.find((each) => each.slug === first)
  return Boolean(
    collection &&
    (collection.endpoints === false || (second === 'versions' && !collection.versions)),
  )
}

/** The shape of a collection list read (`GET /api/<slug>`, its versions, or the same POSTed with `X-HTTP-Method-Override: GET`), or null. */
async function listRead(
  request: Request,
  config: SanitizedConfig,
  segments: string[],
): Promise<ReadShape | null> {
  const [slug, second, ...rest] = segments.filter(Boolean)
  if (
    rest.length > 0 ||
    (second !== undefined && second !== 'versions') ||
    !config.collections.some((each) => each.slug === slug)
  )
    return null
  let params: URLSearchParams
  if (request.method === 'GET') params = new URL(request.url).searchParams
  else if (
    request.method === 'POST' &&
    request.headers.get('x-http-method-override')?.toUpperCase() === 'GET'
  )
    params = new URLSearchParams(await request.clone().text())
  else return null
  return {
    limit: params.get('limit') ?? undefined,
    depth: params.get('depth') ?? undefined,
    pagination: params.get('pagination') ?? undefined,
  }
}

/** The error shape for a response Payload made without it (its body is read only when it is an error). */
async function withErrorShape(response: Response): Promise<Response> {
  if (response.status < 400) return response
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined)
  if ((body as { error?: { code?: unknown } } | undefined)?.error?.code) return response
  const { status, code, message } = describeError({ status: response.status })
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.delete('content-type')
  return problem(status, code, status === 404 ? '没有这个接口或内容' : message, headers)
}

/** `handler` (one of Payload's REST route handlers for `config`) with the checks and error shape above. */
export function guardRoute<Rest extends unknown[]>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: RouteHandler<Rest>,
): RouteHandler<Rest> {
  return async (request, ...rest) => {
    try {
      const segments = new URL(request.url).pathname.split('/').slice(2)
      if (segments.some((segment, index) => index < 3 && INHERITED(segment))) return NOT_FOUND()
      if (await unservable(config, segments)) return NOT_FOUND()
      const resolved = await config
      const read = await listRead(request, resolved, segments)
      const release = read ? await admit(readCost(read, resolved.defaultDepth)) : () => {}
      if (!release) return problem(503, 'busy', '服务器正忙，请稍后再试', { 'Retry-After': '5' })
      try {
        return await withErrorShape(await handler(request, ...rest))
      } finally {
        release()
      }
    } catch (error) {
      console.error(error)
      const { status, code, message } = describeError(error)
      return problem(status, code, message)
    }
  }
}
