// 三审三校 in the admin UI, in Chromium: the editor submits, two reviewers pass the first and second review,
// the approver signs off, each with the buttons and comment dialog on the document; the reviewer sees the
// article in 我的待办; the document shows its history; the article then appears on the portal.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { restAs } from '../support/rest.ts'
import { eventually, getPage, launchChromium } from '../support/site.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

async function pageAs(email: string): Promise<Page> {
  const { cmsUrl, sessions } = inject('haiqiao')
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1400, height: 1000 },
  })
  await context.addCookies([{ name: 'payload-token', value: sessions[email]!, url: cmsUrl }])
  return context.newPage()
}

async function take(
  email: string,
  id: string,
  action: string,
  comment: string,
  next: string,
): Promise<void> {
  const page = await pageAs(email)
  await page.goto(`${inject('haiqiao').cmsUrl}/admin/collections/articles/${id}`)
  await page.getByRole('button', { name: action, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: action })
  await dialog.getByLabel(/意见/).fill(comment)
  await dialog.getByRole('button', { name: `确认${action}` }).click()
  // The page reloads showing the next state; the action is no longer offered to this user.
  await page.locator('.hq-wf-state', { hasText: next }).waitFor()
  await page.getByRole('region', { name: '审核流程' }).getByText(`当前状态：${next}`).waitFor()
  expect(await page.getByRole('button', { name: action, exact: true }).count()).toBe(0)
  await page.context().close()
}

describe('审核流程（管理后台，浏览器）', () => {
  it('编辑提交 → 初审 → 复审 → 终审签发，全程在文档页操作；待办列表与流转记录可见；文章上线到门户', async () => {
    const { cmsUrl } = inject('haiqiao')
    const editor = await restAs('editor@haiqiao.local')
    const columns = (await (await editor.get('/columns?where[slug][equals]=work')).json()) as {
      docs: { id: string }[]
    }
    const created = await editor.post('/articles', {
      title: '浏览器三审：本市举办跨境电商出海对接会',
      summary: '对接会邀请了二十余家海外平台和服务机构。',
      column: columns.docs[0]!.id,
    })
    const { doc } = (await created.json()) as { doc: { id: string } }

    await take('editor@haiqiao.local', doc.id, '提交审核', '请审核。', '初审')

    const queue = await pageAs('reviewer@haiqiao.local')
    await queue.goto(`${cmsUrl}/admin/review-queue`)
    const row = queue.getByRole('row', { name: /浏览器三审：本市举办跨境电商出海对接会/ })
    await expect(
      row.getByRole('cell', { name: '初审', exact: true }).waitFor(),
    ).resolves.toBeUndefined()
    await expect(row.getByRole('cell', { name: '初审通过、退回修改' }).count()).resolves.toBe(1)
    await queue.context().close()

    await take('reviewer@haiqiao.local', doc.id, '初审通过', '初审通过，文字已校对。', '复审')
    await take('reviewer2@haiqiao.local', doc.id, '复审通过', '复审通过。', '终审')
    await take('approver@haiqiao.local', doc.id, '终审签发', '同意发布。', '已发布')

    const view = await pageAs('editor@haiqiao.local')
    await view.goto(`${cmsUrl}/admin/collections/articles/${doc.id}`)
    const history = view.getByRole('region', { name: '审核流程' })
    await history.getByText('当前状态：已发布').waitFor()
    const entries = await history.locator('.hq-wf-history li').allInnerTexts()
    expect(entries.map((text) => text.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/王晓明 提交审核 → 初审 .*请审核。/),
      expect.stringMatching(/李静 初审通过 → 复审 .*初审通过，文字已校对。/),
      expect.stringMatching(/张华 复审通过 → 终审 .*复审通过。/),
      expect.stringMatching(/刘洋 终审签发 → 已发布 .*同意发布。/),
    ])
    // The editor has no transition left on a published article, and Payload's own publish controls are gone.
    await expect(view.getByRole('button', { name: '发布', exact: true }).count()).resolves.toBe(0)
    await view.context().close()

    await eventually(async () =>
      expect((await getPage(`/articles/${doc.id}/`)).html).toContain(
        '浏览器三审：本市举办跨境电商出海对接会',
      ),
    )
  }, 180_000)
})
