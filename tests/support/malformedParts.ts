// The parts of one malformed request (malformed.ts): its path parameters, query string, body and headers,
// each made bad for the class of bad input (`kind`) the probe belongs to, from the values in
// malformedValues.ts and the generator's seeded choices.
import type { Route, RouteField } from './malformedRoutes.ts'
import {
  BAD_ENCODINGS,
  BAD_IDS,
  BAD_JSON,
  BAD_NUMBERS,
  CONTENT_TYPES,
  INHERITED,
  JUNK_VALUES,
  SCALAR_BODIES,
} from './malformedValues.ts'

/** Picks one of `items` with the generator's seeded random numbers. */
export type Pick = <T>(items: readonly T[]) => T

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
export function fillPath(template: string, kind: string, pick: Pick, ids: string[]): string {
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

export function queryFor(kind: string, route: Route, pick: Pick, random: () => number): string {
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
export function bodyFor(
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

export function headersFor(kind: string, pick: Pick): Record<string, string> {
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
