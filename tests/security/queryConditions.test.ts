// Anonymous query conditions are checked before they reach the database: types, operators, structure and
// length of `where`, `sort`, `select` and `populate` on every collection, version list and count, through
// X-HTTP-Method-Override and GraphQL too, answer 400 with a Chinese message (never a 5xx); ordinary queries
// and internal Local API calls are not affected.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { closePayload, testPayload } from '../support/payload.ts'
import { HAN, refused } from '../support/refused.ts'
import { restAs } from '../support/rest.ts'

const { cmsUrl } = inject('haiqiao')
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
