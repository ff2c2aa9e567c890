// Drafts, versions and publishing rights: editors write drafts, only reviewers publish or unpublish,
// whatever the entry point (REST, GraphQL, Local API with a user, bulk, restore version).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'

const HAN = /[\u4e00-\u9fff]/
let payload: Payload
let anonymous: Rest
let editor: Rest
let reviewer: Rest
let columnId: string

beforeAll(async () => {
  payload = await testPayload()
  ;[anonymous, editor, reviewer] = await Promise.all([restAs(), restAs('editor@haiqiao.local'), restAs('reviewer@haiqiao.local')])
  const { docs } = await payload.find({ collection: 'columns', where: { slug: { equals: 'policy' } } })
  columnId = docs[0]!.id
})
afterAll(() => closePayload(payload))

async function draftArticle(title: string): Promise<string> {
  const res = await editor.post('/articles?draft=true', { title, column: columnId, _status: 'draft' })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: string } }).doc.id
}

describe('草稿与发布', () => {
  it('编辑保存草稿，匿名访问看不到草稿', async () => {
    const id = await draftArticle('测试草稿：关于跨境电商的通知')
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
    const list = (await (await anonymous.get(`/articles?where[id][equals]=${id}`)).json()) as { totalDocs: number }
    expect(list.totalDocs).toBe(0)
    const own = (await (await editor.get(`/articles/${id}?draft=true`)).json()) as { title: string; _status: string }
    expect(own).toMatchObject({ title: '测试草稿：关于跨境电商的通知', _status: 'draft' })
  })

  it('编辑不能发布，审核员可以发布，发布后匿名可读', async () => {
    const id = await draftArticle('测试发布：RCEP 原产地规则解读')
    const refused = await editor.patch(`/articles/${id}`, { _status: 'published' })
    expect(refused.status).toBe(403)
    const body = (await refused.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toMatch(HAN)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    expect((await reviewer.patch(`/articles/${id}`, { _status: 'published' })).status).toBe(200)
    const published = (await (await anonymous.get(`/articles/${id}`)).json()) as { title: string; _status: string }
    expect(published).toMatchObject({ title: '测试发布：RCEP 原产地规则解读', _status: 'published' })
  })

  it('已发布文章的新草稿不影响线上版本，版本历史完整', async () => {
    const id = await draftArticle('测试版本：原标题')
    await reviewer.patch(`/articles/${id}`, { _status: 'published' })
    expect((await editor.patch(`/articles/${id}?draft=true`, { title: '测试版本：修改后标题', _status: 'draft' })).status).toBe(200)
    const live = (await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }
    expect(live.title).toBe('测试版本：原标题')

    expect((await reviewer.patch(`/articles/${id}`, { _status: 'published' })).status).toBe(200)
    const updated = (await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }
    expect(updated.title).toBe('测试版本：修改后标题')

    const versions = (await (await editor.get(`/articles/versions?where[parent][equals]=${id}`)).json()) as { totalDocs: number }
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    expect((await anonymous.get(`/articles/versions?where[parent][equals]=${id}`)).status).toBe(403)
  })

  it('编辑不能撤销发布，审核员可以', async () => {
    const id = await draftArticle('测试撤稿：工作动态')
    await reviewer.patch(`/articles/${id}`, { _status: 'published' })
    expect((await editor.patch(`/articles/${id}`, { _status: 'draft' })).status).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(200)
    expect((await reviewer.patch(`/articles/${id}`, { _status: 'draft' })).status).toBe(200)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })

  it('批量操作与恢复版本同样受限', async () => {
    const id = await draftArticle('测试批量：金融资讯')
    const bulk = await editor.patch(`/articles?where[id][equals]=${id}`, { _status: 'published' })
    expect(bulk.status).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    await reviewer.patch(`/articles/${id}`, { _status: 'published' })
    const versions = (await (await reviewer.get(`/articles/versions?where[parent][equals]=${id}&sort=-createdAt`)).json()) as { docs: { id: string }[] }
    await reviewer.patch(`/articles/${id}`, { _status: 'draft' })
    expect((await editor.post(`/articles/versions/${versions.docs[0]!.id}`, {})).status).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })

  it('本地 API 带用户调用时同样执行发布权限', async () => {
    const user = await staffUser(payload, 'editor@haiqiao.local')
    await expect(
      payload.create({ collection: 'articles', user, overrideAccess: false, data: { title: '本地 API 越权发布', column: columnId, _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    const found = await payload.find({ collection: 'articles', where: { title: { equals: '本地 API 越权发布' } }, draft: true })
    expect(found.totalDocs).toBe(0)

    const reviewerUser = await staffUser(payload, 'reviewer@haiqiao.local')
    const doc = await payload.create({ collection: 'articles', user: reviewerUser, overrideAccess: false, data: { title: '本地 API 审核员发布', column: columnId, _status: 'published' } })
    expect(doc._status).toBe('published')
  })

  it('GraphQL：匿名只读已发布内容，编辑不能通过 GraphQL 发布', async () => {
    const id = await draftArticle('测试 GraphQL：草稿')
    const anonymousRead = await anonymous.graphql('query($id: String!) { Article(id: $id) { title } }', { id })
    expect(anonymousRead.data?.Article ?? null).toBeNull()

    const attempt = await editor.graphql('mutation($id: String!) { updateArticle(id: $id, data: { _status: published }) { _status } }', { id })
    expect(attempt.errors?.length).toBeGreaterThan(0)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    const published = await anonymous.graphql('{ Articles(limit: 3, sort: "-publishedAt") { totalDocs docs { title _status } } }')
    const articles = published.data?.Articles as { totalDocs: number; docs: { _status: string }[] }
    expect(articles.totalDocs).toBeGreaterThanOrEqual(300)
    expect(articles.docs.every((d) => d._status === 'published')).toBe(true)
  })
})
