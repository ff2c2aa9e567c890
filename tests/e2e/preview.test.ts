// Draft preview (预览) in Chromium: from an unpublished article's page in the admin, the editor's Preview
// button opens the portal's own article page with the latest draft, marked as a preview and kept out of
// search engines; the link is bound to its document and cannot be forged.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { restAs } from '../support/rest.ts'
import { launchChromium } from '../support/site.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

describe('草稿预览（浏览器）', () => {
  it('编辑在文档页点“预览”，门户以正式页面的版式显示最新草稿，并标明尚未发布', async () => {
    const { cmsUrl, siteUrl, sessions } = inject('haiqiao')
    const editor = await restAs('editor@haiqiao.local')
    const columns = (await (await editor.get('/columns?where[slug][equals]=policy')).json()) as {
      docs: { id: string }[]
    }
    const created = await editor.post('/articles', {
      title: '预览测试：境外经贸合作区入驻指引',
      summary: '第一稿摘要',
      column: columns.docs[0]!.id,
    })
    const { doc } = (await created.json()) as { doc: { id: string } }
    expect(
      (await editor.patch(`/articles/${doc.id}`, { summary: '第二稿摘要：合作区分布与入驻流程' }))
        .status,
    ).toBe(200)

    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1400, height: 1000 },
    })
    await context.addCookies([
      { name: 'payload-token', value: sessions['editor@haiqiao.local']!, url: cmsUrl },
    ])
    const admin = await context.newPage()
    await admin.goto(`${cmsUrl}/admin/collections/articles/${doc.id}`)
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      admin
        .getByRole('button', { name: '预览' })
        .or(admin.getByRole('link', { name: '预览' }))
        .first()
        .click(),
    ])
    await preview.waitForLoadState()

    expect(preview.url().startsWith(`${siteUrl}/preview/articles/${doc.id}/?token=`)).toBe(true)
    await expect(preview.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      '预览测试：境外经贸合作区入驻指引',
    )
    await expect(preview.getByRole('status').innerText()).resolves.toContain('草稿预览')
    await expect(preview.locator('main').innerText()).resolves.toContain(
      '第二稿摘要：合作区分布与入驻流程',
    )
    // The portal's layout: its header, navigation and breadcrumb are there.
    await expect(preview.getByRole('navigation', { name: '主导航' }).count()).resolves.toBe(1)
    await expect(preview.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
      'noindex, nofollow',
    )
    await expect(preview.locator('link[rel="canonical"]').count()).resolves.toBe(0)
    await context.close()

    // The draft is still not on the portal itself.
    expect((await fetch(`${siteUrl}/articles/${doc.id}/`)).status).toBe(404)
  })

  it('没有凭证、凭证被篡改或用于其他文档时拒绝预览，并给出中文说明', async () => {
    const { siteUrl } = inject('haiqiao')
    const editor = await restAs('editor@haiqiao.local')
    const columns = (await (await editor.get('/columns?where[slug][equals]=policy')).json()) as {
      docs: { id: string }[]
    }
    const ids: string[] = []
    for (const title of ['预览测试：凭证一', '预览测试：凭证二']) {
      const res = await editor.post('/articles', { title, column: columns.docs[0]!.id })
      ids.push(((await res.json()) as { doc: { id: string } }).doc.id)
    }
    const missing = await fetch(`${siteUrl}/preview/articles/${ids[0]}/`)
    expect(missing.status).toBe(401)
    expect(await missing.text()).toContain('缺少预览凭证')

    const forged = await fetch(
      `${siteUrl}/preview/articles/${ids[0]}/?token=${Buffer.from(JSON.stringify({ collection: 'articles', id: ids[0], userId: 'x', expires: Date.now() + 60_000 })).toString('base64url')}.v1:00`,
    )
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('预览链接无效')

    // A genuine token, taken from the admin's document view, is bound to its document.
    const token = await previewTokenFromAdmin(ids[1]!)
    const other = await fetch(`${siteUrl}/preview/articles/${ids[0]}/?token=${token}`)
    expect(other.status).toBe(403)
    expect(await other.text()).toContain('预览凭证与文档不符')
    expect((await fetch(`${siteUrl}/preview/articles/${ids[1]}/?token=${token}`)).status).toBe(200)
  })

  it('风险提示、培训、项目、办事指南、服务机构、金融产品、专题同样可以预览，各用门户中自己的页面', async () => {
    const { cmsUrl, siteUrl, sessions } = inject('haiqiao')
    const editor = await restAs('editor@haiqiao.local')
    const context = await browser.newContext({ locale: 'zh-CN' })
    await context.addCookies([
      { name: 'payload-token', value: sessions['editor@haiqiao.local']!, url: cmsUrl },
    ])
    const admin = await context.newPage()
    for (const collection of [
      'risk-alerts',
      'trainings',
      'projects',
      'service-guides',
      'providers',
      'finance-products',
      'topics',
    ]) {
      const { docs } = (await (
        await editor.get(`/${collection}?limit=1&draft=true&sort=createdAt`)
      ).json()) as { docs: { id: string; title?: string; name?: string }[] }
      const doc = docs[0]!
      await admin.goto(`${cmsUrl}/admin/collections/${collection}/${doc.id}`)
      const [preview] = await Promise.all([
        context.waitForEvent('page'),
        admin
          .getByRole('button', { name: '预览' })
          .or(admin.getByRole('link', { name: '预览' }))
          .first()
          .click(),
      ])
      await preview.waitForLoadState()
      expect(
        preview.url().startsWith(`${siteUrl}/preview/${collection}/${doc.id}/?token=`),
        collection,
      ).toBe(true)
      await expect(
        preview.getByRole('heading', { level: 1 }).innerText(),
        collection,
      ).resolves.toBe(doc.title ?? doc.name)
      await expect(preview.getByRole('status').innerText(), collection).resolves.toContain(
        '草稿预览',
      )
      await preview.close()
    }
    await context.close()
  })
})

/** The token in the Preview link the admin renders for the editor on the document's page. */
async function previewTokenFromAdmin(id: string): Promise<string> {
  const { cmsUrl, sessions } = inject('haiqiao')
  const context = await browser.newContext({ locale: 'zh-CN' })
  await context.addCookies([
    { name: 'payload-token', value: sessions['editor@haiqiao.local']!, url: cmsUrl },
  ])
  const admin = await context.newPage()
  await admin.goto(`${cmsUrl}/admin/collections/articles/${id}`)
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    admin
      .getByRole('button', { name: '预览' })
      .or(admin.getByRole('link', { name: '预览' }))
      .first()
      .click(),
  ])
  const token = new URL(preview.url()).searchParams.get('token')!
  await context.close()
  return token
}
