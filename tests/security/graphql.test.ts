// GraphQL bounded: the work a request asks for (aliases × limit × depth, fragments expanded) is measured
// and refused before it runs; inputs that are not a valid single operation answer 4xx with a Chinese
// message, never 5xx; the CMS keeps answering light requests while a heavy allowed one runs.
import { describe, expect, inject, it } from 'vitest'
import { MAX_ALIASES, MAX_COST } from '../../cms/lib/graphql/limits.ts'

const { cmsUrl } = inject('haiqiao')
const endpoint = `${cmsUrl}/api/graphql`

const post = (body: string, contentType = 'application/json') =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'Accept-Language': 'zh-CN' },
    body,
  })
const query = (text: string, variables?: Record<string, unknown>, operationName?: string) =>
  post(JSON.stringify({ query: text, variables, operationName }))

type Refusal = {
  error: { code: string; message: string }
  errors: { message: string }[]
  data?: unknown
}

async function expectRefused(res: Response, code?: string, status = 400) {
  expect(res.status).toBe(status)
  const body = (await res.json()) as Refusal
  expect(body.data).toBeUndefined()
  if (code) expect(body.error.code).toBe(code)
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
  expect(body.errors[0]!.message).toBe(body.error.message)
  expect(JSON.stringify(body)).not.toMatch(/node_modules|\/work\/|\.ts:\d+|\n\s+at /)
  return body
}

/** `count` aliases of Articles(limit) { totalDocs docs { id title } } in one anonymous request. */
const aliasedArticles = (count: number, limit: number, fields = 'id title') =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: Articles(limit: ${limit}, sort: "-publishedAt") { totalDocs docs { ${fields} } }`).join(' ')} }`

describe('GraphQL 工作量按实际计算（别名 × 每页条数 × 层级）', () => {
  it('100 个别名各取 100 篇的匿名请求在执行前被拒绝（400，中文说明）', async () => {
    const body = await expectRefused(await query(aliasedArticles(100, 100)))
    expect(body.error.message).toMatch(/别名过多|工作量过大/)
  })

  it('别名数在上限以内、但每页条数相乘后超出工作量上限的请求被拒绝', async () => {
    const body = await expectRefused(
      await query(aliasedArticles(MAX_ALIASES, 100)),
      'graphql_too_costly',
    )
    expect(body.error.message).toContain(String(MAX_COST))
  })

  it('limit 来自变量时同样计算；片段展开后计算（片段不能绕过）', async () => {
    const viaVariable = `query($n: Int) { ${Array.from({ length: 12 }, (_, i) => `a${i}: Articles(limit: $n) { docs { id title } }`).join(' ')} }`
    await expectRefused(await query(viaVariable, { n: 100 }), 'graphql_too_costly')
    expect((await query(viaVariable, { n: 2 })).status).toBe(200)
    const viaFragments = `{ ...Q } fragment Q on Query { ${Array.from({ length: 12 }, (_, i) => `a${i}: Articles(limit: 100) { ...D }`).join(' ')} } fragment D on Articles { docs { id title } }`
    await expectRefused(await query(viaFragments), 'graphql_too_costly')
    // Fragments that double at every level: 2^30 fields once expanded, measured without expanding them.
    const doubling = `{ Articles(limit: 1) { docs { ...F0 } } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Article { id ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`
    await expectRefused(await query(doubling))
  })

  it('嵌套过深、不分页、limit 或 page 越界被拒绝', async () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'id' : `parent { ${nested(depth - 1)} }`
    expect(
      (await query(`{ Articles(limit: 1) { docs { column { ${nested(5)} } } } }`)).status,
    ).toBe(200)
    await expectRefused(
      await query(`{ Articles(limit: 1) { docs { column { ${nested(12)} } } } }`),
      'graphql_too_deep',
    )
    await expectRefused(
      await query('{ Articles(pagination: false) { docs { id } } }'),
      'graphql_unpaginated',
    )
    await expectRefused(
      await query('{ Articles(limit: 0) { docs { id } } }'),
      'graphql_unpaginated',
    )
    await expectRefused(
      await query('{ Articles(limit: 1000) { docs { id } } }'),
      'graphql_bad_limit',
    )
    await expectRefused(await query('{ Articles(limit: -5) { docs { id } } }'), 'graphql_bad_limit')
    await expectRefused(await query('{ Articles(page: -1) { docs { id } } }'), 'graphql_bad_page')
  })

  it('允许的较大查询照常返回数据', async () => {
    const res = await query(aliasedArticles(8, 100))
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: Record<string, { docs: unknown[] }> }
    expect(body.data.a0!.docs).toHaveLength(100)
  })
})

describe('不是有效 GraphQL 的请求得到 4xx 和中文说明，不是 5xx', () => {
  const cases: [string, () => Promise<Response>, string?][] = [
    ['请求体不是 JSON（“{”）', () => post('{'), 'graphql_invalid_json'],
    ['请求体是空的', () => post(''), 'graphql_invalid_json'],
    ['JSON 但没有 query', () => post('{"variables": {}}'), 'graphql_no_query'],
    ['query 不是 GraphQL（“{”）', () => query('{'), 'graphql_syntax'],
    ['订阅', () => query('subscription { Articles { totalDocs } }'), 'graphql_subscription'],
    [
      '片段循环',
      () =>
        query(
          '{ Articles { docs { ...A } } } fragment A on Article { id ...B } fragment B on Article { title ...A }',
        ),
    ],
    [
      '@include(if: "x")',
      () => query('{ Articles { docs { id @include(if: "x") } } }'),
      'graphql_invalid',
    ],
    [
      '变量类型不符（@include(if: $x)，x 为字符串）',
      () => query('query($x: Boolean!) { Articles { docs { id @include(if: $x) } } }', { x: 'x' }),
      'graphql_bad_variables',
    ],
    [
      '缺少必需的变量',
      () => query('query($id: String!) { Article(id: $id) { id } }'),
      'graphql_bad_variables',
    ],
    [
      '不存在的操作名',
      () => query('query A { Articles { totalDocs } }', {}, 'B'),
      'graphql_unknown_operation',
    ],
    [
      '多个操作而未指明',
      () => query('query A { Articles { totalDocs } } query B { Articles { totalDocs } }'),
      'graphql_no_operation',
    ],
    ['只有片段没有操作', () => query('fragment A on Article { id }'), 'graphql_no_operation'],
    ['不存在的字段', () => query('{ NoSuchThing { id } }'), 'graphql_invalid'],
    [
      'variables 不是对象',
      () => post(JSON.stringify({ query: '{ Articles { totalDocs } }', variables: 'x' })),
      'graphql_bad_variables',
    ],
    [
      '批量请求（1,000 个操作的数组）',
      () =>
        post(
          JSON.stringify(
            Array.from({ length: 1000 }, () => ({
              query: '{ Articles(limit: 100) { docs { id } } }',
            })),
          ),
        ),
      'graphql_batch',
    ],
    ['超长语句', () => query(`{ ${'__typename '.repeat(5000)}}`), 'graphql_too_long'],
    [
      '表单编码的请求体',
      () => post('query=%7B__typename%7D', 'application/x-www-form-urlencoded'),
      'graphql_content_type',
    ],
  ]

  it.each(cases)('%s', async (_name, send, code) => {
    const res = await send()
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    await expectRefused(res, code, res.status)
  })

  it('GET（带或不带查询参数）及 PUT、PATCH、DELETE 得到 405 和中文说明', async () => {
    for (const url of [
      endpoint,
      `${endpoint}?query=%7B`,
      `${endpoint}?query=${encodeURIComponent('{ Articles { totalDocs } }')}`,
    ]) {
      await expectRefused(await fetch(url), 'method_not_allowed', 405)
    }
    for (const method of ['PUT', 'PATCH', 'DELETE'])
      await expectRefused(await fetch(endpoint, { method }), 'method_not_allowed', 405)
  })
})

describe('重查询运行时后台仍及时响应', () => {
  // The order of completion depends on scheduling: on a loaded two-core machine the heavy query (about 120 ms)
  // has been seen to finish just before the light GraphQL request. A real queueing fault fails every attempt.
  it(
    '一个允许的重查询运行期间，同时发出的轻请求先完成（REST 与 GraphQL）',
    { retry: 2 },
    async () => {
      const finished: string[] = []
      const track = (name: string, pending: Promise<Response>) =>
        pending.then(async (res) => {
          await res.arrayBuffer()
          finished.push(name)
          return res.status
        })
      const heavy = track(
        'heavy',
        query(aliasedArticles(4, 100, 'id title summary publishedAt _status')),
      )
      const lightRest = track('light-rest', fetch(`${cmsUrl}/api/articles?limit=1&depth=0`))
      const lightGraphql = track('light-graphql', query('{ Articles(limit: 1) { docs { id } } }'))
      expect(await Promise.all([heavy, lightRest, lightGraphql])).toEqual([200, 200, 200])
      expect(finished.indexOf('light-rest')).toBeLessThan(finished.indexOf('heavy'))
      expect(finished.indexOf('light-graphql')).toBeLessThan(finished.indexOf('heavy'))
    },
  )

  it('多个重查询同时到达时按工作量排队，轻请求不被挡在后面', async () => {
    const finished: string[] = []
    const track = (name: string, pending: Promise<Response>) =>
      pending.then(async (res) => {
        await res.arrayBuffer()
        finished.push(name)
        return res.status
      })
    const heavies = Array.from({ length: 4 }, (_, i) =>
      track(`heavy${i}`, query(aliasedArticles(8, 100))),
    )
    const light = track('light', fetch(`${cmsUrl}/api/articles?limit=1&depth=0`))
    const statuses = await Promise.all([...heavies, light])
    expect(statuses.every((status) => status === 200)).toBe(true)
    // At most two heavy operations run at once (the rest queue); the light request is not behind the queue.
    expect(finished.indexOf('light')).toBeLessThanOrEqual(2)
  })
})
