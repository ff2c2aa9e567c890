// Anonymous input never causes a 5xx, and a query's work is bounded: each class of bad input found by probing
// answers 4xx with { error: { code, message } } in Chinese, on every collection and through GraphQL too; the
// runtime database role cuts off long statements. (The generator in malformed.test.ts covers every route.)
import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeError } from '../../cms/lib/http/describeError.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { signRequest } from '../../site/src/cms/serviceClient.ts'
import { serviceCredential } from '../support/portal.ts'
import { rawRequest } from '../support/rawHttp.ts'
import { restAs } from '../support/rest.ts'

const { cmsUrl, runtimeDatabaseUrl } = inject('haiqiao')
const HAN = /\p{Script=Han}/u
let payload: Payload
let articleId: string
beforeAll(async () => {
  payload = await testPayload()
  articleId = String(
    (
      await payload.find({
        collection: 'articles',
        limit: 1,
        depth: 0,
        draft: false,
        overrideAccess: true,
      })
    ).docs[0]!.id,
  )
})
afterAll(() => closePayload(payload))

/** An anonymous request's status and error; fails the test on anything but the house error shape. */
async function refused(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  const res = await rawRequest(cmsUrl, {
    method,
    path,
    body,
    headers: {
      'Accept-Language': 'zh-CN',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
  })
  const parsed = JSON.parse(res.body) as { error: { code: string; message: string } }
  expect(parsed.error.message, `${method} ${path}`).toMatch(HAN)
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\/work\/|invalid input syntax/)
  return { status: res.status, ...parsed.error }
}

describe('继承的属性名不是数据类型或集合', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '%s：site-data 的数据类型、集合名与文档编号位置都答 404',
    async (name) => {
      expect(await refused('GET', `/api/site-data/${name}`)).toMatchObject({
        status: 404,
        code: expect.stringMatching(/unknown_dataset|not_found/),
      })
      expect((await refused('GET', `/api/${name}`)).status).toBe(404)
      expect((await refused('GET', `/api/articles/${name}`)).status).toBe(404)
    },
  )
})

describe('文件与版本路径', () => {
  it.each(['nope.png', '%00', 'x%00.png', '..%2F..%2Fetc%2Fpasswd'])(
    'GET /api/media/file/%s → 4xx 中文',
    async (name) => {
      const { status } = await refused('GET', `/api/media/file/${name}`)
      expect([400, 403, 404]).toContain(status)
    },
  )

  it('没有版本的集合与全局，其版本路径为 404', async () => {
    for (const [method, path] of [
      ['GET', '/api/users/versions'],
      ['POST', `/api/users/versions/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`],
      ['GET', '/api/payload-preferences/versions/x'],
      ['POST', '/api/tags/versions/x'],
      ['GET', '/api/globals/site-settings/versions?sort=nope'],
    ] as const) {
      const { status } = await refused(method, path)
      expect(status, path).toBeLessThan(500)
    }
  })
})

describe('分页、深度参数', () => {
  it.each([
    'page=1e20',
    'page=-1',
    'page=0',
    'limit=1.5',
    'limit=-1',
    'limit=abc',
    'limit=100000',
    'depth=1e20',
    'depth=-1',
  ])('%s：集合列表与 site-data 都是 400', async (query) => {
    for (const collection of ['articles', 'countries', 'media', 'consultations']) {
      expect((await refused('GET', `/api/${collection}?${query}`)).status, collection).toBe(400)
    }
    if (!query.startsWith('depth'))
      expect((await refused('GET', `/api/site-data/articles?${query}`)).status).toBe(400)
  })
})

describe('匿名读取须分页且工作量有上限（与 GraphQL 同一尺度）', () => {
  it.each([
    'limit=0',
    'pagination=false',
    'limit=0&pagination=false',
    'limit=1000&depth=3',
    'limit=400&depth=10',
  ])('%s：匿名读取集合与版本列表（GET 与 X-HTTP-Method-Override）→ 400', async (query) => {
    for (const path of [
      '/api/articles',
      '/api/countries',
      '/api/media',
      '/api/articles/versions',
    ]) {
      expect((await refused('GET', `${path}?${query}`)).status, path).toBe(400)
      const overridden = await refused('POST', path, query, {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-HTTP-Method-Override': 'GET',
      })
      expect(overridden.status, `${path}（覆盖）`).toBe(400)
    }
  })

  it('site-data 同样不能一次取全部：limit 越界为 400，pagination=false 不关闭分页', async () => {
    for (const query of ['limit=0', 'limit=1001']) {
      expect(await refused('GET', `/api/site-data/articles?${query}`)).toMatchObject({
        status: 400,
        code: 'invalid_paging',
      })
    }
    const res = await fetch(`${cmsUrl}/api/site-data/articles?pagination=false&limit=1`)
    expect(res.status).toBe(200)
    const page = (await res.json()) as { docs: unknown[]; totalDocs: number; hasNextPage: boolean }
    expect(page.totalDocs).toBeGreaterThan(1)
    expect(page.docs).toHaveLength(1)
    expect(page.hasNextPage).toBe(true)
  })

  it('分页以内、工作量以内的匿名读取照常；工作人员可以关闭分页', async () => {
    for (const query of ['limit=1000&depth=0', 'limit=100&depth=2', 'depth=10']) {
      expect((await fetch(`${cmsUrl}/api/articles?${query}`)).status, query).toBe(200)
    }
    const editor = await restAs('editor@haiqiao.local')
    expect((await editor.get('/articles?limit=0&depth=0')).status).toBe(200)
  })
})

describe('查询条件：类型、运算符、结构与长度', () => {
  const long = encodeURIComponent('长'.repeat(201))
  const words = encodeURIComponent(Array.from({ length: 11 }, (_, i) => `w${i}`).join(' '))
  const manyIds = Array.from({ length: 101 }, () => articleId).join(',')
  it.each([
    ['where[id][in]=x,y', /UUID/],
    ['where[id][equals]=x', /UUID/],
    ['where[id][not_equals]=1', /UUID/],
    ['where[column][equals]=x', /UUID/],
    ['where[cover][in]=a,b', /UUID/],
    ['where[column.title][equals]=x&where[column][not_in]=nope', /UUID/],
    ['where[title][near]=1,2', /不支持/],
    ['where[title][within]=x', /不支持/],
    ['where[publishedAt][intersects]=x', /不支持/],
    ['where[body][like]=x', /不支持/],
    ['where[body][contains]=x', /不支持/],
    ['where[title][bogus]=x', /不支持/],
    ['where[title]=x', /where\[字段\]/],
    [`where${'[a]'.repeat(12)}=x`, /./],
    ['where[no_such_field][equals]=x', /./],
    ['where[publishedAt][greater_than]=2026-13-45', /日期/],
    ['where[title][exists]=maybe', /true 或 false/],
    [`where[title][like]=${long}`, /200/],
    [`where[title][contains]=${words}`, /10/],
    [`where[id][in]=${manyIds}`, /100/],
    ['where=abc', /JSON/],
    ['sort=nope', /排序/],
    ['sort=body', /排序/],
    ['select=x', /select/],
    ['populate[articles][a][b][c][d][e][f][g]=true', /populate/],
  ])('GET /api/articles?%s → 400', async (query, message) => {
    const error = await refused('GET', `/api/articles?${query}`)
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })

  it('同样的检查适用于每个集合、版本与计数', async () => {
    for (const path of [
      '/api/countries?where[id][in]=x',
      '/api/articles/versions?where[parent][equals]=x',
      '/api/articles/count?where[title][near]=1,2',
      '/api/media?where[filename][like]=' + long,
      '/api/users?where[roles][equals]=nope',
      '/api/topics?where[id][equals]=x',
    ]) {
      expect((await refused('GET', path)).status, path).toBe(400)
    }
  })

  it('X-HTTP-Method-Override: GET 的表单查询同样受限', async () => {
    const error = await refused('POST', '/api/articles', `where[title][like]=${long}`, {
      'X-HTTP-Method-Override': 'GET',
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(error.status).toBe(400)
  })

  it('GraphQL 的 where 参数经同一检查（中文说明，不是 5xx）', async () => {
    const anonymous = await restAs()
    for (const query of [
      '{ Articles(where: { id: { equals: "x" } }) { docs { id } } }',
      `{ Articles(where: { title: { like: "${'长'.repeat(300)}" } }) { docs { id } } }`,
      '{ Articles(limit: 100000) { docs { id } } }',
      '{ Article(id: "x") { id } }',
    ]) {
      const answer = await anonymous.graphql(query)
      expect(answer.errors?.[0]?.message, query.slice(0, 60)).toMatch(HAN)
      expect(answer.data?.Articles ?? answer.data?.Article ?? null).toBeNull()
    }
  })

  it('正常查询与内部（Local API）调用不受影响', async () => {
    const res = await fetch(
      `${cmsUrl}/api/articles?where[id][in]=${articleId}&where[title][like]=${encodeURIComponent('的 会')}&sort=-publishedAt&limit=5&depth=1&select[title]=true`,
    )
    expect(res.status).toBe(200)
    // What the admin's list, document and relationship views ask for, as an editor.
    const editor = await restAs('editor@haiqiao.local')
    for (const query of [
      'depth=0&limit=10&page=1&sort=-updatedAt&draft=true&where[or][0][and][0][title][like]=海外&select[title]=true&select[_status]=true',
      `depth=1&draft=true&where[and][0][id][not_in][0]=${articleId}&where[and][1][_status][equals]=draft`,
      'limit=5&sort=title&where[column][exists]=true&where[publishedAt][less_than_equal]=2030-01-01T00:00:00.000Z',
    ]) {
      const answer = await editor.get(`/articles?${query}`)
      expect(answer.status, query).toBe(200)
    }
    expect(
      (
        await editor.get(
          '/articles/versions?depth=0&limit=10&sort=-updatedAt&where[parent][equals]=' + articleId,
        )
      ).status,
    ).toBe(200)
    const many = Array.from({ length: 300 }, () => articleId)
    const local = await payload.find({
      collection: 'articles',
      where: { id: { in: many } },
      limit: 5000,
      overrideAccess: true,
    })
    expect(local.docs.length).toBe(1)
  })
})

describe('认证接口与登录邮箱', () => {
  it.each([
    ['POST', '/api/users/verify/x', '{}'],
    ['POST', '/api/users/forgot-password', '{"email":"x"}'],
    ['POST', '/api/users/reset-password', '{"token":"x","password":"x"}'],
    ['POST', '/api/users/refresh-token', 'null'],
    ['POST', '/api/users/unlock', '{"email":["x"]}'],
    ['POST', '/api/users/first-register', '[]'],
    ['POST', '/api/users/logout', '{'],
    ['POST', '/api/users/login/verify', '{"challenge":"\\u0000"}'],
  ])('%s %s → 4xx 中文', async (method, path, body) => {
    const { status } = await refused(method, path, body)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it.each(['a\u0000@x.cn', 'a@x.cn\u0000', '\ud800@x.cn', `${'a'.repeat(300)}@x.cn`])(
    '登录邮箱含控制字符或过长 → 400（%#）',
    async (email) => {
      const error = await refused(
        'POST',
        '/api/users/login',
        JSON.stringify({ email, password: 'Aa1!aaaa' }),
      )
      expect(error).toMatchObject({ status: 400, code: 'invalid_input' })
    },
  )
})

describe('公众提交 POST /api/consultations 的请求体', () => {
  // A body the form accepts; each case below breaks exactly one thing, so its 400 is for that thing.
  const valid = {
    subject: '咨询出口备案',
    topic: 'market',
    question: '请问出口企业如何办理境外投资备案手续？',
    contactName: '张伟',
    contactPhone: '13812345678',
    consent: 'yes',
  }
  const signedPost = (body: string, type: string, visitor: string) => {
    const headers = signRequest('/api/consultations', Buffer.from(body, 'utf8'), {
      visitor,
      credential: serviceCredential(),
    })
    return rawRequest(cmsUrl, {
      method: 'POST',
      path: '/api/consultations',
      body,
      headers: { 'Content-Type': type, ...headers },
    })
  }
  // One visitor address per body, so the per-visitor limit plays no part.
  const visitorFor = (body: string) =>
    `198.51.100.${(createHash('sha256').update(body).digest()[0]! % 200) + 20}`

  it.each([
    ['null', 'application/json', null],
    ['[]', 'application/json', null],
    ['"x"', 'application/json', null],
    ['{', 'application/json', null],
    ['subject=x&topic=market', 'application/x-www-form-urlencoded', null],
    ['x', 'text/plain', null],
    [JSON.stringify({ ...valid, country: ['x'] }), 'application/json', 'country'],
    [JSON.stringify({ ...valid, country: 'not-a-uuid' }), 'application/json', 'country'],
    [JSON.stringify({ ...valid, topic: 'nope' }), 'application/json', 'topic'],
    [JSON.stringify({ ...valid, question: { $ne: '' } }), 'application/json', 'question'],
    [JSON.stringify({ ...valid, contactPhone: '1381234567' }), 'application/json', 'contactPhone'],
  ] as const)(
    '%s（%s）：匿名直接提交 → 401，门户签名转交 → 400，均为中文',
    async (body, type, field) => {
      // Only the portal's server may submit (signed); anyone else is refused before the body is read.
      expect(
        await refused('POST', '/api/consultations', body, { 'Content-Type': type }),
      ).toMatchObject({ status: 401, code: 'portal_only' })
      // Through the portal, the same body reaches the form's checks, which name the field at fault.
      const res = await signedPost(body, type, visitorFor(body))
      expect(res.status, res.body).toBe(400)
      const { error } = JSON.parse(res.body) as {
        error: { code: string; message: string; fields?: Record<string, string> }
      }
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
      if (field) expect(Object.keys(error.fields ?? {})).toEqual([field])
    },
  )

  it('控制字符：匿名直接提交 → 401；门户转交时按文本规则清理后受理（NUL 去掉）', async () => {
    const body = JSON.stringify({ ...valid, subject: '咨询\u0000备案' })
    expect(await refused('POST', '/api/consultations', body)).toMatchObject({
      status: 401,
      code: 'portal_only',
    })
    const res = await signedPost(body, 'application/json', '198.51.100.250')
    expect(res.status, res.body).toBe(201)
    const { id } = JSON.parse(res.body) as { id: string }
    expect(
      (await payload.findByID({ collection: 'consultations', id, depth: 0, overrideAccess: true }))
        .subject,
    ).toBe('咨询备案')
  })
})

describe('运行账号的语句超时', () => {
  it('haiqiao_app 会话的 statement_timeout 为 10 秒、idle_in_transaction_session_timeout 为 60 秒', async () => {
    const client = new pg.Client({ connectionString: runtimeDatabaseUrl })
    await client.connect()
    try {
      expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('10s')
      expect(
        (await client.query('SHOW idle_in_transaction_session_timeout')).rows[0]
          .idle_in_transaction_session_timeout,
      ).toBe('1min')
    } finally {
      await client.end()
    }
  })

  it('运行账号上超过 10 秒的语句被数据库终止，答 503 query_timeout（中文）', async () => {
    const client = new pg.Client({ connectionString: runtimeDatabaseUrl })
    await client.connect()
    try {
      const error: unknown = await client.query('SELECT pg_sleep(11)').then(
        () => undefined,
        (cancelled: unknown) => cancelled,
      )
      expect((error as { code?: string } | undefined)?.code).toBe('57014')
      const described = describeError(
        Object.assign(new Error('Failed query: SELECT pg_sleep(11)'), { cause: error }),
      )
      expect(described).toMatchObject({ status: 503, code: 'query_timeout' })
      expect(described.message).toMatch(HAN)
      expect(described.message).not.toMatch(/SELECT|pg_sleep/)
    } finally {
      await client.end()
    }
  }, 30_000)

  it('超时、数据库输入错误与未知错误分别答 503、400、500，消息为中文且不含细节', () => {
    const wrapped = (code: string) =>
      Object.assign(new Error('Failed query: select … from "articles"'), {
        cause: Object.assign(new Error('canceling statement'), { code }),
      })
    expect(describeError(wrapped('57014'))).toMatchObject({ status: 503, code: 'query_timeout' })
    expect(describeError(wrapped('22P02'))).toMatchObject({ status: 400, code: 'invalid_value' })
    expect(describeError(wrapped('42883'))).toMatchObject({ status: 400 })
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({
      status: 500,
      code: 'internal_error',
    })
    for (const code of ['57014', '22P02']) expect(describeError(wrapped(code)).message).toMatch(HAN)
  })
})
