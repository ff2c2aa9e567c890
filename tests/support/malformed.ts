// Our own generator of malformed requests: from a fixed seed it walks every route (malformedRoutes.ts) and
// mutates its method, path, query string, headers and body (malformedParts.ts, from malformedValues.ts) into
// one of the classes of bad input below. The same seed and count always give the same requests. Requests
// that would change shared state for other tests are shaped so they cannot: login and setup bodies that
// could pass validation are sent with a foreign Origin (refused before any failed-login count), and at most
// a few portal form posts come from the portal.
import type { RawRequest } from './rawHttp.ts'
import type { Route } from './malformedRoutes.ts'
import { bodyFor, fillPath, headersFor, queryFor, type Pick } from './malformedParts.ts'
import { BAD_ENCODINGS, BAD_IDS, INHERITED } from './malformedValues.ts'

export type Probe = RawRequest & { server: Route['server']; kind: string; route: string }

export type GeneratorOptions = {
  seed: number
  count: number
  /** Real document ids (so that by-id routes reach past the lookup), and the session for some reads. */
  ids: string[]
  authorization?: string
  /** The portal's own origin, used for at most `siteFormPosts` form posts. */
  siteOrigin: string
  siteFormPosts?: number
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const AUTH_STEP =
  /\/(login|login\/verify|login\/password|setup|unlock|forgot-password|reset-password)$/
const WRITE = new Set(['POST', 'PATCH', 'PUT'])
/** The classes of bad input, for reads and for writes; each probe belongs to one. */
export const KINDS_READ = [
  'inherited-name',
  'bad-id',
  'percent-encoding',
  'paging',
  'where-type',
  'where-geo',
  'where-document',
  'where-long',
  'where-shape',
  'sort',
  'select-populate',
  'query-junk',
  'headers',
  'method',
  'trace',
  'upgrade',
]
export const KINDS_WRITE = [
  'body-json',
  'body-shape',
  'body-fields',
  'content-type',
  'bad-id',
  'inherited-name',
  'percent-encoding',
  'headers',
  'method',
  'trace',
  'login-email',
]

/** `count` malformed requests over `routes`, the same for the same seed. */
export function malformedRequests(routes: Route[], options: GeneratorOptions): Probe[] {
  const random = prng(options.seed)
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!
  let formPosts = options.siteFormPosts ?? 2
  const order = routes
    .map((route) => ({ route, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ route }) => route)
  const probes: Probe[] = []
  for (let i = 0; i < options.count; i++) {
    const route = order[i % order.length]!
    const write = WRITE.has(route.method)
    const kind = pick(write ? KINDS_WRITE : KINDS_READ)
    const method =
      kind === 'trace'
        ? 'TRACE'
        : kind === 'method'
          ? pick([
              'GET',
              'POST',
              'PATCH',
              'PUT',
              'DELETE',
              'OPTIONS',
              'HEAD',
              'PROPFIND',
              'CONNECT_X',
            ])
          : route.method
    let path = fillPath(route.path, kind, pick, options.ids)
    if (
      !/:\w|\*/.test(route.path) &&
      (kind === 'inherited-name' || kind === 'percent-encoding' || kind === 'bad-id')
    ) {
      path = `${path.replace(/\/$/, '')}/${kind === 'inherited-name' ? pick(INHERITED) : kind === 'percent-encoding' ? pick(BAD_ENCODINGS) : pick(BAD_IDS)}`
    }
    const query = queryFor(kind, route, pick, random)
    const headers: Record<string, string> = {
      'Accept-Language': 'zh-CN',
      ...headersFor(kind, pick),
    }
    let body: string | Buffer | undefined
    if (write && method !== 'GET' && method !== 'HEAD') {
      const made = bodyFor(kind, route, pick, random)
      body = made.body
      if (made.type) headers['Content-Type'] = made.type
    }
    if (
      route.server === 'cms' &&
      method === 'GET' &&
      options.authorization &&
      random() < 0.2 &&
      kind !== 'headers'
    )
      headers.Authorization = options.authorization
    // Shared state: a login or setup body that might pass validation must not count as a failed attempt.
    if (route.server === 'cms' && AUTH_STEP.test(route.path) && kind !== 'login-email')
      headers.Origin = 'https://evil.example'
    // The portal form: a few posts from its own origin, the rest from a foreign one (refused 403).
    if (route.server === 'site' && method === 'POST')
      headers.Origin = formPosts-- > 0 ? options.siteOrigin : 'https://evil.example'
    // A long query sent as a form body with X-HTTP-Method-Override: GET (Payload reads it as the query string).
    if (kind === 'where-long' && route.server === 'cms' && method === 'GET' && random() < 0.4) {
      const [field] = /where\[[^\]]+\]\[\w+\]=/.exec(query) ?? ['where[title][like]=']
      Object.assign(headers, {
        'X-HTTP-Method-Override': 'GET',
        'Content-Type': 'application/x-www-form-urlencoded',
      })
      probes.push({
        server: route.server,
        kind,
        route: `${route.method} ${route.path}`,
        method: 'POST',
        path,
        headers,
        body: `${field}${encodeURIComponent('长'.repeat(100_000))}`,
      })
      continue
    }
    probes.push({
      server: route.server,
      kind,
      route: `${route.method} ${route.path}`,
      method,
      path: query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path,
      headers,
      body,
    })
  }
  return probes
}
