// Drafts and their files (issue 15 §6): a file used only by drafts is not public. Anonymous readers cannot
// list, look up or download it by any route (REST list and id, GraphQL, the portal's site data, the file
// route); content staff and the draft's preview can. It becomes public when a published document uses it
// and stops being public when the last such document goes offline; a new draft of a published document
// does not publish its new files.
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { previewToken } from '../../cms/lib/preview.ts'
import { canReferenceMedia } from '../../cms/lib/media/references.ts'
import { syncMediaAfterChange, syncMediaAfterDelete } from '../../cms/lib/media/publications.ts'
import { richText } from '../../cms/seed/lexical.ts'
import { demoPdf, png, upload } from '../support/files.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { draftArticle, publishThroughReview, unpublishThroughReview } from '../support/workflow.ts'

type MediaDoc = { id: string; filename: string }

let editor: Rest
let anonymous: Rest
let payload: Payload
beforeAll(async () => {
  ;[editor, anonymous] = await Promise.all([restAs('editor@haiqiao.local'), restAs()])
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const unique = (name: string) => name.replace(/(\.\w+)$/, `-${randomBytes(4).toString('hex')}$1`)

async function uploaded(name: string, data: Buffer, type: string): Promise<MediaDoc> {
  const res = await upload(editor.authorization, unique(name), data, type)
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: MediaDoc }).doc
}

/** Every route by which an anonymous reader could find or fetch the file: what each of them gave. */
async function anonymousSees(file: MediaDoc): Promise<Record<string, boolean>> {
  const { cmsUrl } = inject('haiqiao')
  const listed = (await (
    await anonymous.get(`/media?where[filename][equals]=${encodeURIComponent(file.filename)}`)
  ).json()) as { docs?: unknown[] }
  const byId = await anonymous.get(`/media/${file.id}`)
  const graph = await anonymous.graphql(
    `query($f: String) { allMedia(where: { filename: { equals: $f } }) { docs { id } } }`,
    { f: file.filename },
  )
  const siteData = (await (await fetch(`${cmsUrl}/api/site-data/media?limit=1000`)).json()) as {
    docs: MediaDoc[]
  }
  const served = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(file.filename)}`)
  await served.arrayBuffer()
  return {
    list: (listed.docs ?? []).length > 0,
    id: byId.status === 200,
    graphql: ((graph.data?.allMedia as { docs?: unknown[] } | undefined)?.docs ?? []).length > 0,
    siteData: siteData.docs.some((doc) => doc.id === file.id),
    file: served.status === 200,
  }
}

const NOWHERE = { list: false, id: false, graphql: false, siteData: false, file: false }
const EVERYWHERE = { list: true, id: true, graphql: true, siteData: true, file: true }

async function newCourseware(file: string): Promise<string> {
  const trainings = (await (await editor.get('/trainings?limit=1&depth=0')).json()) as {
    docs: { id: string }[]
  }
  const res = await editor.post('/courseware', {
    title: `课件附件测试 ${randomBytes(3).toString('hex')}`,
    training: trainings.docs[0]!.id,
    format: 'document',
    file,
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: { id: string } }).doc.id
}

const uploadNode = (id: string) => ({
  type: 'upload',
  version: 3,
  relationTo: 'media',
  value: id,
  fields: null,
  format: '',
})

describe('草稿使用的文件不公开', () => {
  it('只被草稿使用的文件：匿名访问者从列表、编号、GraphQL、门户数据和文件地址都拿不到，编辑可以', async () => {
    const attachment = await uploaded(
      '草稿附件.pdf',
      demoPdf('draft attachment'),
      'application/pdf',
    )
    const image = await uploaded('草稿插图.png', png(), 'image/png')
    const lesson = await uploaded('草稿课件.pdf', demoPdf('draft courseware'), 'application/pdf')
    const body = richText(['正文中的插图：'])
    body.root.children.push(uploadNode(image.id) as never)
    await draftArticle('草稿附件测试', { attachments: [attachment.id], body })
    await newCourseware(lesson.id)
    // Not used by anything yet, or used by drafts only: the same.
    const unused = await uploaded('未使用.pdf', demoPdf('unused'), 'application/pdf')
    for (const file of [attachment, image, lesson, unused])
      expect(await anonymousSees(file), file.filename).toEqual(NOWHERE)
    // A file on disk is served only for a media document: a made-up name is refused too.
    expect(
      (await fetch(`${inject('haiqiao').cmsUrl}/api/media/file/no-such-file.pdf`)).status,
    ).not.toBe(200)

    const mine = (await (
      await editor.get(`/media?where[filename][equals]=${encodeURIComponent(attachment.filename)}`)
    ).json()) as { docs: unknown[] }
    expect(mine.docs).toHaveLength(1)
    const file = await fetch(
      `${inject('haiqiao').cmsUrl}/api/media/file/${encodeURIComponent(attachment.filename)}`,
      { headers: { Authorization: editor.authorization } },
    )
    expect(file.status).toBe(200)
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
  })

  it('发布使用它的文档后文件公开；撤销发布后又不公开（仍被其他已发布文档使用的除外）', async () => {
    const own = await uploaded('政策原文.pdf', demoPdf('own attachment'), 'application/pdf')
    const shared = await uploaded('共用附件.pdf', demoPdf('shared attachment'), 'application/pdf')
    const image = await uploaded('正文插图.png', png(), 'image/png')
    const body = richText(['见下图。'])
    body.root.children.push(uploadNode(image.id) as never)
    const article = await draftArticle('附件公开测试', { attachments: [own.id, shared.id], body })
    const lesson = await newCourseware(shared.id)

    await publishThroughReview('articles', article)
    for (const file of [own, shared, image])
      expect(await anonymousSees(file), file.filename).toEqual(EVERYWHERE)
    await publishThroughReview('courseware', lesson)

    // A new draft of the published article with another file: the draft's file stays private.
    const later = await uploaded(
      '修改稿附件.pdf',
      demoPdf('draft of a published article'),
      'application/pdf',
    )
    expect(
      (
        await editor.patch(`/articles/${article}?draft=true`, {
          attachments: [own.id, shared.id, later.id],
        })
      ).status,
    ).toBe(200)
    expect(await anonymousSees(later)).toEqual(NOWHERE)
    expect(await anonymousSees(own)).toEqual(EVERYWHERE)

    await unpublishThroughReview('articles', article)
    expect(await anonymousSees(own)).toEqual(NOWHERE)
    expect(await anonymousSees(image)).toEqual(NOWHERE)
    // Still used by the published courseware.
    expect(await anonymousSees(shared)).toEqual(EVERYWHERE)
    await unpublishThroughReview('courseware', lesson)
    expect(await anonymousSees(shared)).toEqual(NOWHERE)
  })

  it('草稿预览：凭证持有人通过预览地址看到草稿使用的文件，其他文件和无凭证的请求被拒绝', async () => {
    const { cmsUrl, siteUrl, keystoreDir } = inject('haiqiao')
    process.env.HAIQIAO_KEYSTORE_DIR = keystoreDir
    const attachment = await uploaded(
      '预览附件.pdf',
      demoPdf('preview attachment'),
      'application/pdf',
    )
    const other = await uploaded('无关文件.pdf', demoPdf('not in this draft'), 'application/pdf')
    const article = await draftArticle('预览附件测试', { attachments: [attachment.id] })
    const editorId = ((await (await editor.get('/users/me')).json()) as { user: { id: string } })
      .user.id
    // The link is bound to the login session it was made in (the editor's, opened by globalSetup).
    const session = inject('haiqiao').sessions['editor@haiqiao.local']!
    const { sid } = JSON.parse(
      Buffer.from(session.split('.')[1]!, 'base64url').toString('utf8'),
    ) as { sid: string }
    const token = encodeURIComponent(
      previewToken({ collection: 'articles', id: article, userId: editorId, sid }),
    )

    const data = (await (
      await fetch(`${cmsUrl}/api/site-preview/articles/${article}?token=${token}`)
    ).json()) as { doc: { title: string }; media: MediaDoc[] }
    expect(data.doc.title).toBe('预览附件测试')
    expect(data.media.map((m) => m.id)).toEqual([attachment.id])
    const route = (file: MediaDoc, withToken = true) =>
      `/preview/articles/${article}/file/${encodeURIComponent(file.filename)}/${withToken ? `?token=${token}` : ''}`

    const served = await fetch(`${siteUrl}${route(attachment)}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('cache-control')).toBe('no-store')
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
    const page = await (
      await fetch(`${siteUrl}/preview/articles/${article}/?token=${token}`)
    ).text()
    expect(page).toContain(route(attachment).replace(/&/g, '&amp;'))

    const notUsed = await fetch(
      `${cmsUrl}/api/site-preview/articles/${article}/file/${encodeURIComponent(other.filename)}?token=${token}`,
    )
    expect(notUsed.status).toBe(404)
    expect(((await notUsed.json()) as { error: { message: string } }).error.message).toContain(
      '没有使用该文件',
    )
    expect((await fetch(`${siteUrl}${route(attachment, false)}`)).status).toBe(401)
    expect(await anonymousSees(attachment)).toEqual(NOWHERE)
  })

  it('每个上传集合对匿名访问者只开放已公开的文件', async () => {
    const uploads = payload.config.collections.filter((collection) => collection.upload)
    expect(uploads.map((collection) => collection.slug)).toContain('media')
    for (const collection of uploads) {
      const read = collection.access.read
      const anonymous = await read({
        req: { user: null, payload } as never,
        isReadingStaticFile: true,
      } as never)
      expect(anonymous, collection.slug).not.toBe(true)
    }
  })

  it('每个可能使用媒体文件的集合都有草稿，并在保存和删除时维护文件的公开状态', () => {
    // Payload's own collections (locked documents, preferences) point at every collection but are never public.
    const using = payload.config.collections.filter(
      (collection) =>
        collection.slug !== 'media' &&
        !collection.slug.startsWith('payload-') &&
        canReferenceMedia(collection.fields),
    )
    expect(using.length).toBeGreaterThan(5)
    for (const collection of using) {
      expect(
        typeof collection.versions === 'object' && collection.versions.drafts,
        collection.slug,
      ).toBeTruthy()
      expect(collection.hooks.afterChange, collection.slug).toContain(syncMediaAfterChange)
      expect(collection.hooks.afterDelete, collection.slug).toContain(syncMediaAfterDelete)
    }
  })
})
