// The publish pipeline: a publish, an update or an unpublish in the CMS reaches the portal through a queued,
// debounced build that switches atomically; a failed build keeps the previous site and is reported.
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoPdf } from '../../cms/seed/attachments.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { eventually, getPage } from '../support/site.ts'
import {
  publishThroughReview,
  transition,
  unpublishThroughReview,
  workflowView,
} from '../support/workflow.ts'

let payload: Payload
let editor: Rest
let reviewer: Rest
let columnId: string

beforeAll(async () => {
  payload = await testPayload()
  ;[editor, reviewer] = await Promise.all([
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
  ])
  columnId = (await payload.find({ collection: 'columns', where: { slug: { equals: 'work' } } }))
    .docs[0]!.id
})
afterAll(() => closePayload(payload))

const latestBuild = async () =>
  (
    await payload.find({
      collection: 'site-builds',
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!

const settled = () =>
  eventually(async () => {
    const pending = await payload.count({
      collection: 'site-builds',
      where: { status: { in: ['queued', 'running'] } },
      overrideAccess: true,
    })
    expect(pending.totalDocs).toBe(0)
  })

describe('发布到门户', () => {
  // One article through its life on the portal, a step per test (each waits for a build of its own).
  let articleId = ''

  it('草稿与审核中的流转不触发构建；终审签发后文章出现在门户（增量构建）', async () => {
    await settled()
    const before = await payload.count({ collection: 'site-builds', overrideAccess: true })
    const created = await editor.post('/articles?draft=true', {
      title: '门户发布测试：跨境电商海外仓建设指引',
      column: columnId,
      summary: '用于验证发布流水线。',
      _status: 'draft',
    })
    const { doc } = (await created.json()) as { doc: { id: string } }
    articleId = doc.id
    await transition(editor, 'articles', doc.id, 'submit')
    expect(
      (await payload.count({ collection: 'site-builds', overrideAccess: true })).totalDocs,
    ).toBe(before.totalDocs)

    await transition(reviewer, 'articles', doc.id, 'pass-first')
    await transition(await restAs('reviewer2@haiqiao.local'), 'articles', doc.id, 'pass-second')
    expect(
      (await payload.count({ collection: 'site-builds', overrideAccess: true })).totalDocs,
    ).toBe(before.totalDocs)
    expect(
      (await transition(await restAs('approver@haiqiao.local'), 'articles', doc.id, 'approve'))
        .status,
    ).toBe(200)
    const page = await eventually(async () => {
      const result = await getPage(`/articles/${doc.id}/`)
      expect(result.status).toBe(200)
      return result
    })
    expect(page.html).toContain('门户发布测试：跨境电商海外仓建设指引')
    await settled()
    const build = await latestBuild()
    expect(build).toMatchObject({ status: 'succeeded', mode: 'partial' })
    expect(build.reasons?.map((r) => r.docId)).toContain(doc.id)
    expect((await getPage('/columns/work/')).html).toContain('门户发布测试：跨境电商海外仓建设指引')
  })

  it('修订稿经审核再次发布后，门户显示修订后的内容', async () => {
    expect(articleId).not.toBe('')
    expect(
      (
        await reviewer.patch(`/articles/${articleId}`, {
          title: '门户发布测试：海外仓建设指引（修订）',
        })
      ).status,
    ).toBe(200)
    await publishThroughReview('articles', articleId)
    await eventually(async () =>
      expect((await getPage(`/articles/${articleId}/`)).html).toContain('海外仓建设指引（修订）'),
    )
  })

  it('撤销发布后文章从门户下线，栏目列表中也不再出现', async () => {
    expect(articleId).not.toBe('')
    await unpublishThroughReview('articles', articleId)
    await eventually(async () =>
      expect((await getPage(`/articles/${articleId}/`)).status).toBe(404),
    )
    expect((await getPage('/columns/work/')).html).not.toContain('海外仓建设指引')
  })

  it('连续多次发布合并为一次构建（防抖），构建依次进行', async () => {
    await settled()
    const before = await payload.count({ collection: 'site-builds', overrideAccess: true })
    const ids: string[] = []
    const approver = await restAs('approver@haiqiao.local')
    for (const n of [1, 2, 3]) {
      const res = await editor.post('/articles', {
        title: `门户防抖测试第${n}篇`,
        column: columnId,
        publishedAt: new Date().toISOString(),
      })
      const id = ((await res.json()) as { doc: { id: string } }).doc.id
      await transition(editor, 'articles', id, 'submit')
      await transition(reviewer, 'articles', id, 'pass-first')
      await transition(await restAs('reviewer2@haiqiao.local'), 'articles', id, 'pass-second')
      ids.push(id)
    }
    // Signed off together (one bulk request): three publishes in quick succession.
    const documents = await Promise.all(
      ids.map(async (id) => ({
        id,
        version: (await workflowView(approver, 'articles', id)).version,
      })),
    )
    expect(
      (
        (await (
          await approver.post('/articles/transition', { transition: 'approve', documents })
        ).json()) as { failed: number }
      ).failed,
    ).toBe(0)
    await settled()
    // One request per change; the three changes were claimed together, as one build (or at most two).
    const requests = await payload.find({
      collection: 'site-builds',
      sort: '-createdAt',
      limit: 3,
      overrideAccess: true,
    })
    expect(requests.totalDocs - before.totalDocs).toBe(3)
    expect(requests.docs.flatMap((r) => r.reasons?.map((reason) => reason.docId) ?? [])).toEqual(
      expect.arrayContaining(ids),
    )
    expect(requests.docs.every((r) => r.status === 'succeeded' && r.buildId)).toBe(true)
    expect(new Set(requests.docs.map((r) => r.buildId)).size).toBeLessThan(3)
    // Builds run one at a time: no two builds' running periods overlap.
    const all = await payload.find({
      collection: 'site-builds',
      where: { buildId: { exists: true } },
      pagination: false,
      overrideAccess: true,
    })
    const periods = [
      ...new Map(all.docs.map((b) => [b.buildId, [b.startedAt!, b.finishedAt!] as const])).values(),
    ].sort(([a], [b]) => a.localeCompare(b))
    for (let i = 1; i < periods.length; i++) expect(periods[i]![0] >= periods[i - 1]![1]).toBe(true)
    for (const id of ids) expect((await getPage(`/articles/${id}/`)).status).toBe(200)
  })

  it('构建失败（媒体文件丢失）时继续提供上一版本，并在 CMS 中记录失败原因', async () => {
    await settled()
    const home = await getPage('/')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(demoPdf('lost file'))], { type: 'application/pdf' }),
      'lost-file.pdf',
    )
    form.append('_payload', JSON.stringify({ alt: '测试：磁盘上丢失的附件' }))
    const upload = await fetch(`${inject('haiqiao').cmsUrl}/api/media`, {
      method: 'POST',
      headers: { Authorization: editor.authorization },
      body: form,
    })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: { id: string; filename: string } }).doc
    rmSync(path.join(path.dirname(inject('haiqiao').siteRoot), 'media', media.filename))

    // The build copies the files published content uses: this article uses the lost one.
    const res = await editor.post('/articles', {
      title: '门户失败测试：此文需等待存储修复',
      column: columnId,
      publishedAt: new Date().toISOString(),
      attachments: [media.id],
    })
    const { doc } = (await res.json()) as { doc: { id: string } }
    await publishThroughReview('articles', doc.id)
    await settled()
    const failed = await latestBuild()
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('下载媒体文件失败')
    expect((await getPage('/')).html).toBe(home.html)
    expect((await getPage(`/articles/${doc.id}/`)).status).toBe(404)

    expect((await reviewer.del(`/media/${media.id}`)).status).toBe(200)
    expect((await reviewer.patch(`/articles/${doc.id}`, { summary: '存储已修复。' })).status).toBe(
      200,
    )
    await publishThroughReview('articles', doc.id)
    await settled()
    expect((await latestBuild()).status).toBe('succeeded')
    expect((await getPage(`/articles/${doc.id}/`)).status).toBe(200)
  })

  it('编辑可在后台查看发布记录，但不能伪造或删除；系统管理员可清理', async () => {
    const list = await editor.get('/site-builds?limit=1')
    expect(list.status).toBe(200)
    const {
      docs: [record],
    } = (await list.json()) as { docs: { id: string }[] }
    expect(
      (
        await editor.post('/site-builds', {
          status: 'succeeded',
          requestedAt: new Date().toISOString(),
        })
      ).status,
    ).toBe(403)
    expect((await editor.patch(`/site-builds/${record!.id}`, { status: 'failed' })).status).toBe(
      403,
    )
    expect((await editor.del(`/site-builds/${record!.id}`)).status).toBe(403)
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    expect((await sysadmin.del(`/site-builds/${record!.id}`)).status).toBe(200)
  })

  it('共享到其他栏目：同一篇文章出现在两个栏目的列表中，正文页只有一个；移动栏目经审核后生效', async () => {
    const policy = (
      await payload.find({ collection: 'columns', where: { slug: { equals: 'policy' } } })
    ).docs[0]!.id
    const home = await editor.post('/articles', {
      title: '共享测试：出口信用保险支持政策解读',
      column: columnId,
      alsoIn: [columnId],
    })
    expect(home.status).toBe(400)
    expect(JSON.stringify(await home.json())).toContain('不能包含文章的所属栏目')

    const created = await editor.post('/articles', {
      title: '共享测试：出口信用保险支持政策解读',
      column: columnId,
      alsoIn: [policy],
      summary: '共享到政策栏目。',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    await publishThroughReview('articles', doc.id)
    const link = `href="/articles/${doc.id}/"`
    await eventually(async () => {
      expect((await getPage('/columns/work/')).html).toContain(link)
      expect((await getPage('/columns/policy/')).html).toContain(link)
    })
    // One page, in its home column's trail.
    expect((await getPage(`/articles/${doc.id}/`)).html).toContain('href="/columns/work/"')

    // Moving it to the policy column (and sharing it nowhere) is an edit: live only after review.
    expect((await editor.patch(`/articles/${doc.id}`, { column: policy, alsoIn: [] })).status).toBe(
      200,
    )
    expect((await getPage('/columns/work/')).html).toContain(link)
    await publishThroughReview('articles', doc.id)
    await eventually(async () => expect((await getPage('/columns/work/')).html).not.toContain(link))
    expect((await getPage('/columns/policy/')).html).toContain(link)
    expect((await getPage(`/articles/${doc.id}/`)).html).toContain('href="/columns/policy/"')
  })
})
