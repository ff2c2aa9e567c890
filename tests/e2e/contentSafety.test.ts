// The content check as an editor meets it in the admin (Chromium): while typing, findings appear under the
// field with the found text highlighted, and in the sidebar panel with a summary; submitting a document
// with a block-level finding is refused with the message in the dialog. The security admin imports a list
// from the dictionary's list view.
import { writeFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CONSULTATION_PATH } from '../../contracts/forms/consultation.ts'
import { portalPost } from '../support/portal.ts'
import { draftArticle } from '../support/workflow.ts'
import { restAs } from '../support/rest.ts'
import { eventually, launchChromium } from '../support/site.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

/** With HAIQIAO_SCREENSHOTS=<dir>, the views are also saved there (for the docs); tests never write to the repository. */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.HAIQIAO_SCREENSHOTS)
    await page.screenshot({ path: path.join(process.env.HAIQIAO_SCREENSHOTS, name) })
}

async function signedIn(email: string): Promise<BrowserContext> {
  const { cmsUrl, sessions } = inject('haiqiao')
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1400, height: 1000 },
  })
  await context.addCookies([{ name: 'payload-token', value: sessions[email]!, url: cmsUrl }])
  return context
}

describe('编辑界面中的内容检查（浏览器）', () => {
  it('输入时在字段下方和侧栏显示检查结果；有“禁止”级别问题时提交审核被拒绝并说明原因', async () => {
    const { cmsUrl } = inject('haiqiao')
    const id = await draftArticle('内容检查界面测试')
    const context = await signedIn('editor@haiqiao.local')
    const page = await context.newPage()
    await page.goto(`${cmsUrl}/admin/collections/articles/${id}`)
    const panel = page.getByRole('region', { name: '内容检查' })
    await expect(
      panel.getByText('未发现敏感词、错别字或个人信息').waitFor(),
    ).resolves.toBeUndefined()

    await page.locator('#field-summary').fill('依据中华人民共合国有关规定，攻府部门加强指导。')
    const underField = page.getByRole('list', { name: '内容检查结果' })
    await underField.getByText('疑似“中华人民共和国”的错误写法').waitFor()
    await expect(underField.locator('mark').allInnerTexts()).resolves.toEqual([
      '中华人民共合国',
      '攻府',
    ])
    await expect(panel.innerText()).resolves.toMatch(/禁止 1 处[\s\S]*须审核确认 1 处/)
    await shoot(page, 'content-check-inline.png')

    // Save the draft, then try to submit it for review.
    await page.getByRole('button', { name: '保存草稿' }).click()
    const editor = await restAs('editor@haiqiao.local')
    await eventually(async () => {
      const saved = (await (await editor.get(`/articles/${id}?draft=true`)).json()) as {
        summary?: string
      }
      if (!saved.summary?.includes('中华人民共合国')) throw new Error('草稿尚未保存')
    }, 20_000)
    await page.reload()
    await panel.getByText('禁止 1 处').waitFor()
    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '确认提交审核' }).click()
    const alert = page.getByRole('dialog').getByRole('alert')
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toMatch(
      /^内容检查发现 1 处禁止发布的问题，不能提交审核：“摘要”第 3 字“中华人民共合国”/,
    )
    await shoot(page, 'content-check-blocked.png')
    await context.close()
  })

  it('安全管理员在词库列表页导入 txt 词库', async () => {
    const { cmsUrl } = inject('haiqiao')
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hq-dict-')), '本单位词库.txt')
    writeFileSync(
      file,
      '界面导入测试词甲\n界面导入测试词乙\t错别字\t常见错误\t审核\t界面导入测试词丙\n',
    )
    const context = await signedIn('secadmin@haiqiao.local')
    const page = await context.newPage()
    await page.goto(`${cmsUrl}/admin/collections/sensitive-words`)
    await page.locator('.hq-cs-transfer input[type=file]').setInputFiles(file)
    await page.getByRole('button', { name: '导入', exact: true }).click()
    await expect(
      page.getByRole('status').filter({ hasText: '导入完成' }).innerText(),
    ).resolves.toBe('导入完成：新增 2 条，更新 0 条，未变 0 条')
    await shoot(page, 'dictionary-import.png')
    await context.close()
    const secadmin = await restAs('secadmin@haiqiao.local')
    const res = await secadmin.get(
      `/sensitive-words?where[word][equals]=${encodeURIComponent('界面导入测试词乙')}`,
    )
    expect(
      ((await res.json()) as { docs: { listType: string; replacement: string }[] }).docs[0],
    ).toMatchObject({ listType: 'typo', replacement: '界面导入测试词丙' })
  })
})

describe('服务人员处理咨询留言（浏览器）', () => {
  it('被标记的留言在侧栏显示提交时的检查结果；联系电话写明用途后才显示明文，查看记入审计', async () => {
    const { cmsUrl } = inject('haiqiao')
    const submitted = await portalPost(
      CONSULTATION_PATH,
      {
        subject: '界面测试：咨询越南设厂',
        topic: 'policy',
        question: '请问攻府对企业赴越南设厂有哪些支持？',
        contactName: '赵强',
        contactPhone: '13655556666',
        consent: 'yes',
      },
      { visitor: '198.51.100.40' },
    )
    expect(submitted.status).toBe(201)
    const doc = (await submitted.json()) as { id: string }
    const context = await signedIn('service@haiqiao.local')
    const page = await context.newPage()
    await page.goto(`${cmsUrl}/admin/collections/consultations/${doc.id}`)
    await expect(page.locator('#field-safetyNotes').inputValue()).resolves.toContain(
      '“问题描述”第 3 字“攻府”（应为“政府”）',
    )
    await expect(page.locator('#field-contactPhone').inputValue()).resolves.toBe('136****6666')

    const reveal = page.locator('.field-type:has(#field-contactPhone) .hq-reveal')
    await reveal.getByRole('button', { name: '查看明文' }).click()
    await reveal.getByRole('button', { name: '确认查看' }).click()
    await expect(reveal.getByRole('alert').innerText()).resolves.toBe(
      '请先写明查看用途，如“电话回复咨询”',
    )
    await reveal.getByLabel('查看用途').fill('电话回复咨询')
    await reveal.getByRole('button', { name: '确认查看' }).click()
    await expect(reveal.getByRole('status').innerText()).resolves.toBe(
      '13655556666（本次查看已记入审计日志）',
    )
    await shoot(page, 'consultation-reveal.png')
    await context.close()

    const auditor = await restAs('auditor@haiqiao.local')
    const audit = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=personal.reveal&where[objectId][equals]=${doc.id}`,
      )
    ).json()) as { docs: { reason: string }[] }
    expect(audit.docs.map((entry) => entry.reason)).toEqual(['联系电话：电话回复咨询'])
  })
})
