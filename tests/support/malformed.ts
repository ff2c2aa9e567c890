// Our own generator of malformed requests: from a fixed seed it walks every route (malformedRoutes.ts) and
// mutates its method, path, query string, headers and body into one of the classes of bad input below. The
// same seed and count always give the same requests. Requests that would change shared state for other
// tests are shaped so they cannot: login and setup bodies that could pass validation are sent with a foreign
// Origin (refused before any failed-login count), and at most a few portal form posts come from the portal.
import type { RawRequest } from './rawHttp.ts'
import type { Route, RouteField } from './malformedRoutes.ts'

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

type Pick = <T>(items: readonly T[]) => T

const INHERITED = [
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
]
const BAD_IDS = [
  'x',
  '1',
  '-1',
  '1e20',
  'null',
  'undefined',
  '00000000-0000-0000-0000-00000000000g',
  '%20',
  'x'.repeat(3000),
  '..%2F..%2Fetc%2Fpasswd',
  '%E6%96%87%E7%AB%A0',
  "1'%20OR%20'1'='1",
]
const BAD_ENCODINGS = ['%ff', '%00', '%E4%B8', '%', '%zz', '%C0%AF']
const JUNK_VALUES = [
  'x',
  'x,y',
  '',
  'null',
  '1e400',
  '-1',
  'true',
  '2026-13-45',
  '%00',
  '%ff',
  '[]',
  '{}',
  'NaN',
  'a%20b%20c',
  '%E2%80%AE',
  '\u{1F600}',
]
const BAD_NUMBERS = [
  '1e20',
  '-1',
  '1.5',
  '0',
  'NaN',
  'Infinity',
  'abc',
  '',
  '9007199254740993',
  '-0',
  '0x10',
  '1e-7',
  '99999999999999999999999',
]
const BAD_JSON = [
  '{',
  '{"a":',
  '[',
  'nul',
  '{"a":1}}',
  '\u0000',
  '{"a":"\\ud800"}',
  "{'a':1}",
  '{"a":1,}',
  '"',
  '1e999999',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
]
const SCALAR_BODIES = [
  'null',
  '[]',
  '[null]',
  '1',
  '"x"',
  'true',
  '{}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
]
const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/json; charset=gbk',
  'application/xml',
  'x/y',
  '',
]

const enc = (value: string) =>
  /%[0-9a-fA-F]{2}|%$|%zz/.test(value) ? value : encodeURIComponent(value)

/** A value of the wrong kind for a field, or an oversized one. */
function junkFieldValue(pick: Pick, random: () => number): unknown {
  const options: unknown[] = [
    null,
    [],
    {},
    1e308,
    -1,
    true,
    'x'.repeat(200_000),
    '\u0000',
    '\ud800',
    { id: 'x' },
    ['x', 'y'],
    'x',
    { root: 'x' },
    '<script>x</script>',
    'a\u000bb',
  ]
  return random() < 0.1 ? Array.from({ length: 2000 }, () => 'x') : pick(options)
}

/** Fills the route's parameters: a real id, a bad id, an inherited property name or a malformed escape. */
function fillPath(template: string, kind: string, pick: Pick, ids: string[]): string {
  return template.replace(/:(\w+)\+?|\*/g, () => {
    if (kind === 'inherited-name') return pick(INHERITED)
    if (kind === 'percent-encoding') return `x${pick(BAD_ENCODINGS)}`
    if (kind === 'bad-id') return pick(BAD_IDS)
    return pick([...ids, ...BAD_IDS.slice(0, 3)])
  })
}

function whereQuery(kind: string, fields: RouteField[], pick: Pick, random: () => number): string {
  const field = (types?: string[]) => {
    const candidates = types ? fields.filter((f) => types.includes(f.type)) : fields
    return candidates.length ? pick(candidates).name : pick(['id', 'title', 'nope'])
  }
  switch (kind) {
    case 'where-type': {
      const name =
        random() < 0.3
          ? 'id'
          : field(['relationship', 'upload', 'number', 'date', 'select', 'checkbox', 'radio'])
      return `where[${name}][${pick(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than'])}]=${enc(pick(JUNK_VALUES))}`
    }
    case 'where-geo':
      return `where[${field()}][${pick(['near', 'within', 'intersects'])}]=${enc(pick(['1,2', '1,2,3,4', 'x', '{"type":"Point"}']))}`
    case 'where-document':
      return `where[${field(['richText', 'json', 'array', 'group', 'blocks'])}][${pick(['like', 'contains', 'equals', 'in', 'greater_than', 'not_like'])}]=${enc(pick(JUNK_VALUES))}`
    case 'where-long': {
      const op = pick(['like', 'contains', 'equals', 'in', 'not_like'])
      // Long enough to be refused, short enough that the URL stays within Node's 16 KB header limit.
      const value = pick([
        '字'.repeat(1000),
        Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '),
        Array.from({ length: 800 }, (_, i) => `v${i}`).join(','),
      ])
      return `where[${field(['text', 'textarea', 'email'])}][${op}]=${encodeURIComponent(value)}`
    }
    default: {
      const deep = `where${'[a]'.repeat(12)}=x`
      const ors = Array.from(
        { length: 60 },
        (_, i) => `where[or][${i}][${field()}][equals]=x`,
      ).join('&')
      return pick([
        'where=abc',
        'where=[1]',
        'where=%7B',
        'where=null',
        deep,
        `where[${field()}][bogus]=x`,
        `where[no_such_field][equals]=x`,
        `where[${field()}]=x`,
        `where[and]=x`,
        `where[or][0]=x`,
        ors,
        `where[${field()}.a.b.c.d.e.f][equals]=x`,
        `where[a-b%20c][equals]=x`,
        `where[__proto__][equals]=x`,
        `where[${field()}][exists]=maybe`,
      ])
    }
  }
}

function queryFor(kind: string, route: Route, pick: Pick, random: () => number): string {
  if (kind.startsWith('where')) return whereQuery(kind, route.fields, pick, random)
  switch (kind) {
    case 'paging':
      return `${pick(['page', 'limit', 'depth'])}=${enc(pick(BAD_NUMBERS))}`
    case 'sort':
      return `sort=${enc(pick(['nope', '-nope', 'a,b,c,d,e,f,g', '__proto__', 'title;drop', ',', '-', `${route.fields.find((f) => f.type === 'richText')?.name ?? 'x'}`, 'x'.repeat(300)]))}`
    case 'select-populate':
      return pick([
        'select=x',
        'select[a][b][c][d][e][f][g]=true',
        'select[title]=maybe',
        'populate=x',
        'populate[nope][x]=true',
        'populate[articles]=1',
        'select[]=x',
        'joins[x]=y',
        'joins[x][limit]=-1',
      ])
    case 'query-junk':
      return pick([
        'draft=x',
        'locale=xx',
        'locale=__proto__',
        'trash=1',
        'pagination=nope',
        'depth=1&depth=2',
        'fallback-locale=%ff',
        'q='.concat('x'.repeat(3000)),
        'a[b][c][d][e][f][g][h][i][j][k]=1',
        'token=x',
        'ref=x'.repeat(10),
      ])
    default:
      return ''
  }
}

/** A body for a write route: malformed JSON, the wrong JSON shape, or fields with values of the wrong kind. */
function bodyFor(
  kind: string,
  route: Route,
  pick: Pick,
  random: () => number,
): { body: string | Buffer; type: string } {
  if (kind === 'body-json') return { body: pick(BAD_JSON), type: 'application/json' }
  if (kind === 'body-shape') return { body: pick(SCALAR_BODIES), type: 'application/json' }
  if (kind === 'content-type')
    return {
      body: pick([
        'a=b&c=d',
        '_payload=%7B',
        'x',
        '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n%PDF\r\n--x--\r\n',
        Buffer.from([0xff, 0xfe, 0x00, 0x80]),
      ]),
      type: pick(CONTENT_TYPES),
    }
  const data: Record<string, unknown> = {}
  const names = route.fields.length
    ? route.fields.map((f) => f.name)
    : ['email', 'password', 'text', 'collection', 'id', 'data', 'challenge', 'code', 'token']
  for (let i = 0; i < 1 + Math.floor(random() * 4); i++)
    data[pick(names)] = junkFieldValue(pick, random)
  if (kind === 'login-email')
    Object.assign(data, {
      email: pick([
        'a\u0000@x.cn',
        `${'a'.repeat(5000)}@x.cn`,
        'a@x.cn\u0000',
        '\ud800@x.cn',
        'a\r\nb@x.cn',
      ]),
      password: 'Aa1!aaaa',
    })
  return { body: JSON.stringify(data), type: 'application/json' }
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

function headersFor(kind: string, pick: Pick): Record<string, string> {
  if (kind === 'upgrade') {
    return pick<Record<string, string>>([
      { Upgrade: 'h2c', Connection: 'Upgrade, HTTP2-Settings', 'HTTP2-Settings': 'x' },
      {
        Upgrade: 'websocket',
        Connection: 'Upgrade',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version': '13',
      },
    ])
  }
  if (kind !== 'headers') return {}
  return pick<Record<string, string>>([
    { Authorization: 'JWT x' },
    { Authorization: 'Bearer' },
    { Authorization: 'users API-Key x' },
    { Cookie: 'payload-token=x' },
    { Cookie: `payload-token=${'x'.repeat(4000)}` },
    { 'Accept-Language': 'xx-YY;q=abc,*;q=-1' },
    { 'X-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
    { 'X-HTTP-Method-Override': 'DELETE' },
    { Range: 'bytes=9-1' },
    { 'If-None-Match': '"x"', 'If-Modified-Since': 'x' },
    { Accept: 'text/html;q=x' },
    { 'X-Forwarded-For': 'x, y, z', 'X-Forwarded-Host': 'evil.example' },
    { 'Content-Encoding': 'gzip' },
  ])
}

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
