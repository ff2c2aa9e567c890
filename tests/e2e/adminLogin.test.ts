// Logging in to the admin in Chromium as a new staff member does: password, binding the authenticator (QR
// code and key shown), recovery codes shown once, the forced new password, then the dashboard. Afterwards the
// password alone is not enough.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { totpCode } from '../support/login.ts'
import { launchChromium } from '../support/site.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

describe('管理后台登录（浏览器）', () => {
  it('新同事：口令 → 绑定动态验证码 → 保存恢复码 → 设置新密码 → 进入后台；之后只有口令进不去', async () => {
    const { cmsUrl } = inject('haiqiao')
    const staff = await newStaff('editor', 'browser')
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(`${cmsUrl}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('邮箱').fill(staff.email)
    await page.getByLabel('密码').fill(staff.password)
    await page.getByRole('button', { name: '下一步' }).click()

    await expect(
      page.getByRole('heading', { name: '绑定动态验证码' }).waitFor(),
    ).resolves.toBeUndefined()
    expect(await page.getByAltText('动态验证码绑定二维码').getAttribute('src')).toMatch(
      /^data:image\/png;base64,/,
    )
    const secret = (await page.locator('.hq-login__secret').textContent())!.trim()
    await page.getByLabel(/6 位验证码/).fill(totpCode(secret))
    await page.getByRole('button', { name: '确认绑定' }).click()

    await page.getByRole('heading', { name: '请保存恢复码' }).waitFor()
    expect(await page.locator('.hq-login__codes li').count()).toBe(10)
    await page.getByRole('button', { name: /我已妥善保存/ }).click()

    await page.getByRole('heading', { name: '设置新密码' }).waitFor()
    await page.getByLabel(/^新密码/).fill('short')
    await page.getByLabel('再次输入新密码').fill('short')
    await page.getByRole('button', { name: '保存并登录' }).click()
    // The browser's own minlength check stops it before the server; the server's policy applies after.
    const newPassword = strongPassword()
    await page.getByLabel(/^新密码/).fill(staff.password)
    await page.getByLabel('再次输入新密码').fill(staff.password)
    await page.getByRole('button', { name: '保存并登录' }).click()
    await expect(page.locator('.hq-login__error').textContent()).resolves.toContain('最近 5 次')
    await page.getByLabel(/^新密码/).fill(newPassword)
    await page.getByLabel('再次输入新密码').fill(newPassword)
    await page.getByRole('button', { name: '保存并登录' }).click()

    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
    await page.getByRole('link', { name: /文章/ }).first().waitFor()
    const cookies = await page.context().cookies()
    expect(cookies.find((cookie) => cookie.name === 'payload-token')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    })

    // A second login in a fresh context: the password leads to the second factor, not into the admin.
    const second = await browser.newPage({ locale: 'zh-CN' })
    await second.goto(`${cmsUrl}/admin/login`)
    await second.getByLabel('邮箱').fill(staff.email)
    await second.getByLabel('密码').fill(newPassword)
    await second.getByRole('button', { name: '下一步' }).click()
    await second.getByRole('heading', { name: '双因素认证' }).waitFor()
    await second.getByLabel(/动态验证码/).fill('123456')
    await second.getByRole('button', { name: '验证并登录' }).click()
    await expect(second.locator('.hq-login__error').textContent()).resolves.toContain(
      '动态验证码不正确',
    )
    expect(second.url()).toContain('/admin/login')
    await second.close()
    await page.close()
  })
})
