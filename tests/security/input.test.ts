// Anonymous input never causes a 5xx: bad names and ids in paths, file and version paths, paging and depth
// parameters, and bodies sent to the auth endpoints each answer 4xx with { error: { code, message } } in
// Chinese; anonymous reads must page, with a bounded amount of work. Query conditions:
// queryConditions.test.ts; public submission bodies: consultationBody.test.ts; the database role's statement
// timeout: statementTimeout.test.ts. (The generator in malformed.test.ts covers every route.)
import { describe, expect, inject, it } from 'vitest'
import { refused } from '../support/refused.ts'
import { restAs } from '../support/rest.ts'

const { cmsUrl } = inject('haiqiao')

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
