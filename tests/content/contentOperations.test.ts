// Content operations (module 13) around the review workflow: delete goes to the trash (垃圾箱) and can be
// restored with nothing lost; a live document must be withdrawn first; only what is in the trash can be
// deleted for good; a copy (复制) of a live article is a new draft that starts its own review.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { eventually, getPage } from '../support/site.ts'
import {
  draftArticle,
  publishThroughReview,
  unpublishThroughReview,
  workflowView,
} from '../support/workflow.ts'

let payload: Payload
let anonymous: Rest
let editor: Rest
let reviewer: Rest
let auditor: Rest

beforeAll(async () => {
  payload = await testPayload()
  ;[anonymous, editor, reviewer, auditor] = await Promise.all([
    restAs(),
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
    restAs('auditor@haiqiao.local'),
  ])
})
afterAll(() => closePayload(payload))

const errorMessage = async (res: Response) =>
  (await res.json()) as { errors?: { message: string }[]; error?: { message: string } }
const messageOf = async (res: Response) => {
  const body = await errorMessage(res)
  return body.error?.message ?? body.errors?.[0]?.message ?? ''
}
const trash = (rest: Rest, id: string) =>
  rest.patch(`/articles/${id}`, { deletedAt: new Date().toISOString() })
const restore = (rest: Rest, id: string) =>
  rest.patch(`/articles/${id}?trash=true`, { deletedAt: null })

describe('垃圾箱', () => {
  it('已发布的文章不能删除或移入垃圾箱；撤销发布后移入垃圾箱，恢复后内容完整', async () => {
    const id = await draftArticle('垃圾箱测试：对外投资合作国别指南更新说明')
    await publishThroughReview('articles', id)

    const permanent = await reviewer.del(`/articles/${id}`)
    expect(permanent.status).toBe(409)
    expect(await messageOf(permanent)).toContain('只能永久删除垃圾箱中的文档')
    const live = await trash(reviewer, id)
    expect(live.status).toBe(403)
    expect(await messageOf(live)).toContain('请先通过审核流程“撤销发布”下线')
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(200)

    await unpublishThroughReview('articles', id)
    // A later draft edit that must survive the round trip through the trash.
    expect(
      (await editor.patch(`/articles/${id}`, { summary: '修改后的摘要（草稿）' })).status,
    ).toBe(200)
    expect((await trash(editor, id)).status).toBe(403)
    const mixed = await reviewer.patch(`/articles/${id}`, {
      deletedAt: new Date().toISOString(),
      title: '顺手改标题',
    })
    expect(mixed.status).toBe(400)
    expect(await messageOf(mixed)).toContain('不能同时修改内容')
    expect((await trash(reviewer, id)).status).toBe(200)

    expect((await reviewer.get(`/articles/${id}?draft=true`)).status).toBe(404)
    const inTrash = (await (
      await reviewer.get(
        `/articles?trash=true&draft=true&where[deletedAt][exists]=true&where[id][equals]=${id}`,
      )
    ).json()) as { docs: { id: string }[] }
    expect(inTrash.docs.map((d) => d.id)).toEqual([id])
    // A document in the trash takes no transitions and waits in nobody's queue.
    const queue = (await (await reviewer.get('/workflow-queue')).json()) as {
      docs: { id: string }[]
    }
    expect(queue.docs.map((d) => d.id)).not.toContain(id)

    expect((await restore(reviewer, id)).status).toBe(200)
    const back = (await (await editor.get(`/articles/${id}?draft=true`)).json()) as {
      title: string
      summary: string
      _status: string
    }
    expect(back).toMatchObject({
      title: '垃圾箱测试：对外投资合作国别指南更新说明',
      summary: '修改后的摘要（草稿）',
      _status: 'draft',
    })
    expect((await workflowView(editor, 'articles', id)).transitions.map((t) => t.key)).toEqual([
      'submit',
    ])
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
  })

  it('保存整份文档（如管理后台的表单，带 deletedAt: null）是普通的草稿保存，不是移出垃圾箱', async () => {
    const id = await draftArticle('垃圾箱测试：整份保存')
    const saved = await editor.patch(`/articles/${id}?draft=true`, {
      title: '垃圾箱测试：整份保存（修改）',
      deletedAt: null,
    })
    expect(saved.status, await saved.clone().text()).toBe(200)
    expect(
      ((await (await editor.get(`/articles/${id}?draft=true`)).json()) as { title: string }).title,
    ).toBe('垃圾箱测试：整份保存（修改）')
    // Moving it to the trash and back still works.
    expect((await trash(reviewer, id)).status).toBe(200)
    expect((await restore(reviewer, id)).status).toBe(200)
  })

  it('批量移入垃圾箱时，只要其中有已发布的文档就整体拒绝', async () => {
    const [live, draft] = [
      await draftArticle('垃圾箱测试：批量（已发布）'),
      await draftArticle('垃圾箱测试：批量（草稿）'),
    ]
    await publishThroughReview('articles', live)
    const bulk = await reviewer.patch(`/articles?where[id][in]=${live},${draft}`, {
      deletedAt: new Date().toISOString(),
    })
    expect(await messageOf(bulk)).toContain('请先通过审核流程“撤销发布”下线')
    expect((await anonymous.get(`/articles/${live}`)).status).toBe(200)
    expect((await reviewer.get(`/articles/${draft}?draft=true`)).status).toBe(200)
  })

  it('只有垃圾箱中的文档可以永久删除，并记入审计日志', async () => {
    const id = await draftArticle('垃圾箱测试：永久删除')
    expect((await reviewer.del(`/articles/${id}`)).status).toBe(409)
    expect((await trash(reviewer, id)).status).toBe(200)
    expect((await editor.del(`/articles/${id}?trash=true`)).status).toBe(403)
    expect((await reviewer.del(`/articles/${id}?trash=true`)).status).toBe(200)
    expect(
      await payload.count({
        collection: 'articles',
        where: { id: { equals: id } },
        trash: true,
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })
    const audit = (await (
      await auditor.get(`/audit-log?where[objectId][equals]=${id}&sort=seq&limit=50`)
    ).json()) as { docs: { event: string }[] }
    expect(audit.docs.map((d) => d.event)).toEqual(
      expect.arrayContaining(['articles.create', 'articles.update', 'articles.delete']),
    )
  })
})

describe('复制', () => {
  it('复制已发布的文章得到新的草稿，标题标注“副本”，从流程起点开始，不上线', async () => {
    const id = await draftArticle('复制测试：东盟国家投资环境概览', {
      summary: '东盟十国投资环境要点',
    })
    await publishThroughReview('articles', id)
    const res = await editor.post(`/articles/${id}/duplicate`, {})
    expect(res.status).toBe(200)
    const copy = (
      (await res.json()) as {
        doc: {
          id: string
          title: string
          summary: string
          _status: string
          workflowState: string
          workflowAssignees: unknown[]
        }
      }
    ).doc
    expect(copy.id).not.toBe(id)
    expect(copy).toMatchObject({
      title: '复制测试：东盟国家投资环境概览（副本）',
      summary: '东盟十国投资环境要点',
      _status: 'draft',
      workflowState: 'draft',
      workflowAssignees: [],
    })
    expect((await anonymous.get(`/articles/${copy.id}`)).status).toBe(404)
    const view = await workflowView(editor, 'articles', copy.id)
    expect(view.history).toEqual([])
    expect(view.transitions.map((t) => t.key)).toEqual(['submit'])
    // The original is untouched and still live.
    expect((await anonymous.get(`/articles/${id}`)).status).toBe(200)
  })
})

describe('有新草稿时撤销发布', () => {
  it('已发布的文章正在修订（新草稿在审核中）时，签发人仍可撤销发布：线上版本下线，修订内容保留为草稿', async () => {
    const id = await draftArticle('撤销测试：某国临时入境政策（已失效）', { summary: '原发布版本' })
    await publishThroughReview('articles', id)
    expect((await editor.patch(`/articles/${id}`, { summary: '修订中的摘要' })).status).toBe(200)
    const { version } = await workflowView(editor, 'articles', id)
    expect(
      (await editor.post(`/articles/${id}/transition`, { transition: 'submit', version })).status,
    ).toBe(200)

    const approver = await restAs('approver@haiqiao.local')
    const view = await workflowView(approver, 'articles', id)
    expect(view.state?.key).toBe('first-review')
    expect(view.transitions.map((t) => t.key)).toContain('unpublish')
    // Editors cannot withdraw it; the approver can, with a reason.
    expect(
      (
        await editor.post(`/articles/${id}/transition`, {
          transition: 'unpublish',
          version: view.version,
          comment: '编辑撤销？',
        })
      ).status,
    ).toBe(403)
    const res = await approver.post(`/articles/${id}/transition`, {
      transition: 'unpublish',
      version: view.version,
      comment: '政策已失效，立即下线。',
    })
    expect(res.status, await res.clone().text()).toBe(200)

    expect((await anonymous.get(`/articles/${id}`)).status).toBe(404)
    const draft = (await (await editor.get(`/articles/${id}?draft=true`)).json()) as {
      summary: string
      _status: string
      workflowState: string
    }
    expect(draft).toMatchObject({
      summary: '修订中的摘要',
      _status: 'draft',
      workflowState: 'unpublished',
    })
    const build = (
      await payload.find({
        collection: 'site-builds',
        sort: '-createdAt',
        limit: 5,
        overrideAccess: true,
      })
    ).docs
    expect(
      build.some((b) => b.reasons?.some((r) => r.docId === id && r.reason?.startsWith('撤销发布'))),
    ).toBe(true)
    // And the page leaves the portal.
    await eventually(async () => expect((await getPage(`/articles/${id}/`)).status).toBe(404))
  })
})
