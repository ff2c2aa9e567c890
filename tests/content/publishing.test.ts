// Documents go live only through the final transition of their review workflow (plugins/review-workflow),
// whatever the entry point — REST, GraphQL, Local API with or without a user, bulk, restore version; a
// change to a live document is a new draft that goes through review again; withdrawing is a transition too,
// and requests one portal build (the plugin's afterTransition option).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { staffSessions } from '../support/staffSessions.ts'
import {
  draftArticle,
  publishThroughReview,
  transition,
  workflowView,
} from '../support/workflow.ts'

const { anonymous, editor, reviewer, approver } = await staffSessions()
let payload: Payload
let columnId: string

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'columns',
    where: { slug: { equals: 'policy' } },
  })
  columnId = docs[0]!.id
})
afterAll(() => closePayload(payload))

describe('发布只能通过流程', () => {
  it('任何角色都不能直接把 _status 改为已发布（REST 单篇、批量、新建）', async () => {
    const id = await draftArticle('测试绕过：直接发布')
    for (const rest of [editor, reviewer, approver]) {
      const direct = await rest.patch(`/articles/${id}`, { _status: 'published' })
      expect(direct.status).toBe(403)
      expect(
        ((await direct.json()) as { errors: { message: string }[] }).errors[0]!.message,
      ).toContain('发布只能通过审核流程')
      expect(
        (await rest.patch(`/articles?where[id][equals]=${id}`, { _status: 'published' })).status,
      ).toBe(403)
    }
    expect(
      (
        await approver.post('/articles', {
          title: '测试绕过：新建即发布',
          column: columnId,
          _status: 'published',
        })
      ).status,
    ).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })

  it('GraphQL 与带用户的本地 API 同样不能直接发布', async () => {
    const id = await draftArticle('测试绕过：GraphQL')
    const attempt = await approver.graphql(
      'mutation($id: String!) { updateArticle(id: $id, data: { _status: published }) { _status } }',
      { id },
    )
    expect(attempt.errors?.[0]?.message).toContain('发布只能通过审核流程')
    const user = await staffUser(payload, 'approver@haiqiao.local')
    await expect(
      payload.update({
        collection: 'articles',
        id,
        user,
        overrideAccess: false,
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Server code without a user is refused too, unless it declares itself a system write (the demo seed).
    await expect(
      payload.update({ collection: 'articles', id, data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)

    const published = await anonymous.graphql(
      '{ Articles(limit: 3, sort: "-publishedAt") { totalDocs docs { title _status } } }',
    )
    const articles = published.data?.Articles as { totalDocs: number; docs: { _status: string }[] }
    expect(articles.totalDocs).toBeGreaterThanOrEqual(300)
    expect(articles.docs.every((d) => d._status === 'published')).toBe(true)
  })

  it('修改已发布的文章生成新草稿，线上版本不变，重新走完流程后才更新', async () => {
    const id = await draftArticle('测试修订：原标题')
    await publishThroughReview('articles', id)
    expect(
      (await approver.patch(`/articles/${id}`, { title: '测试修订：修改后标题' })).status,
    ).toBe(200)
    expect(
      ((await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }).title,
    ).toBe('测试修订：原标题')
    const view = await workflowView(editor, 'articles', id)
    expect(view).toMatchObject({ state: { key: 'draft' } })
    expect(
      ((await (await editor.get(`/articles/${id}?draft=true`)).json()) as { title: string }).title,
    ).toBe('测试修订：修改后标题')
    // The panel's diff link compares the new draft with the version that is live.
    const { compare } = view as unknown as { compare: { from: string; to: string } }
    const versionTitle = async (versionId: string) =>
      (
        (await (await editor.get(`/articles/versions/${versionId}`)).json()) as {
          version: { title: string; _status: string }
        }
      ).version
    expect(await versionTitle(compare.from)).toMatchObject({
      title: '测试修订：原标题',
      _status: 'published',
    })
    expect(await versionTitle(compare.to)).toMatchObject({
      title: '测试修订：修改后标题',
      _status: 'draft',
    })

    await publishThroughReview('articles', id)
    expect(
      ((await (await anonymous.get(`/articles/${id}`)).json()) as { title: string }).title,
    ).toBe('测试修订：修改后标题')
    expect(
      ((await workflowView(editor, 'articles', id)) as unknown as { compare: unknown }).compare,
    ).toBeNull()
    const versions = (await (
      await editor.get(`/articles/versions?where[parent][equals]=${id}`)
    ).json()) as { totalDocs: number }
    expect(versions.totalDocs).toBeGreaterThanOrEqual(8)
    expect((await anonymous.get(`/articles/versions?where[parent][equals]=${id}`)).status).toBe(403)
  })

  it('撤销发布与恢复历史版本也只能通过流程', async () => {
    const id = await draftArticle('测试撤稿：工作动态')
    await publishThroughReview('articles', id)
    for (const rest of [editor, approver])
      expect((await rest.patch(`/articles/${id}`, { _status: 'draft' })).status).toBe(403)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(200)

    const versions = (await (
      await approver.get(`/articles/versions?where[parent][equals]=${id}&sort=createdAt`)
    ).json()) as { docs: { id: string }[] }
    const restore = await approver.post(`/articles/versions/${versions.docs[0]!.id}`, {})
    expect(restore.status).toBe(403)
    expect(
      ((await restore.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toContain('以草稿方式恢复')

    const silent = await transition(approver, 'articles', id, 'unpublish')
    expect(silent.status).toBe(400)
    expect((await transition(reviewer, 'articles', id, 'unpublish', '内容过时。')).status).toBe(403)
    expect(
      (await transition(approver, 'articles', id, 'unpublish', '政策已废止，撤下。')).status,
    ).toBe(200)
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
    expect((await workflowView(editor, 'articles', id)).state).toMatchObject({
      key: 'unpublished',
      label: '已撤销',
    })
  })

  it('批量流转逐篇检查：无权限或状态不对的文档被拒绝，其余照常流转', async () => {
    const ready = [await draftArticle('测试批量：第一篇'), await draftArticle('测试批量：第二篇')]
    const notSubmitted = await draftArticle('测试批量：未提交')
    for (const id of ready) await transition(editor, 'articles', id, 'submit')
    const documents = await Promise.all(
      [...ready, notSubmitted].map(async (id) => ({
        id,
        version: (await workflowView(reviewer, 'articles', id)).version,
      })),
    )

    const byEditor = await editor.post('/articles/transition', {
      transition: 'pass-first',
      documents,
    })
    expect(byEditor.status).toBe(200)
    expect(((await byEditor.json()) as { failed: number }).failed).toBe(3)

    const res = await reviewer.post('/articles/transition', {
      transition: 'pass-first',
      comment: '批量初审通过。',
      documents,
    })
    const body = (await res.json()) as {
      results: { id: string; ok: boolean; status?: number; message?: string }[]
      failed: number
    }
    expect(body.failed).toBe(1)
    expect(body.results.filter((r) => r.ok).map((r) => r.id)).toEqual(ready)
    expect(body.results.find((r) => !r.ok)).toMatchObject({
      id: notSubmitted,
      status: 409,
      message: expect.stringContaining('草稿'),
    })
    for (const id of ready)
      expect((await workflowView(editor, 'articles', id)).state?.key).toBe('second-review')
    expect(
      (await reviewer.post('/articles/transition', { transition: 'pass-first', documents: [] }))
        .status,
    ).toBe(400)
  })
})

describe('流转后请求门户构建（插件的 afterTransition 选项）', () => {
  it('撤销发布请求一次门户构建，有待审新稿时也是；草稿修改和审核中的流转不请求', async () => {
    const id = await draftArticle('测试撤稿构建：境外投资备案流程说明')
    await publishThroughReview('articles', id)
    const requests = async () =>
      (
        await payload.find({
          collection: 'site-builds',
          where: { 'reasons.docId': { equals: id } },
          overrideAccess: true,
          pagination: false,
          depth: 0,
        })
      ).docs
    const published = (await requests()).length
    expect(published).toBeGreaterThan(0)
    // A new draft of the live document, submitted for review: the site does not change.
    expect(
      (
        await reviewer.patch(`/articles/${id}`, {
          title: '测试撤稿构建：境外投资备案流程说明（修订稿）',
        })
      ).status,
    ).toBe(200)
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    expect(await requests()).toHaveLength(published)
    // Withdrawn while the new draft is pending: the live version leaves the site.
    const res = await transition(approver, 'articles', id, 'unpublish', '暂时撤下。')
    expect(res.status, await res.clone().text()).toBe(200)
    const after = await requests()
    expect(after).toHaveLength(published + 1)
    const reasons = after
      .flatMap((build) => build.reasons ?? [])
      .filter((reason) => reason.docId === id)
      .map((reason) => reason.reason)
    expect(reasons.filter((reason) => reason?.startsWith('撤销发布 articles '))).toHaveLength(1)
  })
})
