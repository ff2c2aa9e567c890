// WCAG 2.1 AA with axe-core on every page type (default and high-contrast schemes), and the accessibility
// toolbar's functions, in headless Chromium.
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, pageTypes, siteUrl } from '../support/site.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function open(pathname: string, init?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  if (init) await page.addInitScript(init)
  await page.goto(new URL(pathname, siteUrl()).href)
  return page
}

const violations = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map(
    (v) =>
      `${v.id}: ${v.help} → ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )

const html = (page: Page, attribute: string) =>
  page.evaluate((name) => document.documentElement.getAttribute(name), attribute)

describe('无障碍（axe-core，WCAG 2.1 AA）', () => {
  // One test per page type: each has its own time budget, whatever the machine's speed.
  for (const [type, pathname] of Object.entries(pageTypes())) {
    it(`${type}（${pathname}）零违规`, async () => {
      const page = await open(pathname)
      const found = await violations(page)
      await page.context().close()
      expect(found).toEqual([])
    })
  }

  it('“我想进一步了解”表单：空白、出错和受理后的页面零违规；不启用脚本也能提交并看到问题所在', async () => {
    // The same steps without scripts (what a visitor without JavaScript gets) and with them (where axe runs).
    const found: string[] = []
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 1280, height: 900 },
      })
      context.setDefaultTimeout(15_000)
      const page = await context.newPage()
      const check = async (state: string) => {
        if (javaScriptEnabled) found.push(...(await violations(page)).map((v) => `${state}: ${v}`))
      }
      await page.goto(new URL('/consult/', siteUrl()).href)
      await check('空白表单')
      await page.getByLabel('主题').fill('无障碍测试：咨询越南投资')
      await page.getByLabel('问题描述').fill('请问企业赴越南投资设厂需要办理哪些境外投资备案手续？')
      await page.getByRole('button', { name: '提交问题' }).click()
      await page.waitForLoadState()
      expect(await page.getByRole('alert').innerText()).toContain('提交未成功')
      expect(await page.getByLabel('问题描述').inputValue()).toContain('越南投资设厂')
      await check('出错')
      await page.getByLabel('咨询类别').selectOption({ label: '政策咨询' })
      await page.getByRole('textbox', { name: /^联系人/ }).fill('王芳')
      await page.getByLabel('联系电话（手机）').fill('13700001234')
      await page.getByRole('checkbox').check()
      await page.getByRole('button', { name: '提交问题' }).click()
      await page.waitForLoadState()
      expect(await page.getByRole('status').innerText()).toContain('已收到您的问题')
      await check('受理')
      await context.close()
    }
    expect(found).toEqual([])
  })

  for (const [type, pathname] of Object.entries({ ...pageTypes(), 我想进一步了解: '/consult/' })) {
    it(`360 像素宽的手机上${type}（${pathname}）不需要横向滚动`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
      const page = await context.newPage()
      await page.goto(new URL(pathname, siteUrl()).href)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      // Name the element that sticks out, to make the failure useful.
      const culprit =
        width > 360
          ? await page.evaluate(() =>
              [...document.querySelectorAll('body *')]
                .map((el) => ({ el, right: el.getBoundingClientRect().right }))
                .filter(({ right }) => right > 361)
                .map(({ el }) => `${el.tagName.toLowerCase()}.${el.className}`)
                .pop(),
            )
          : ''
      await context.close()
      expect(width > 360 ? `${width}px（${culprit}）` : '').toBe('')
    })
  }

  for (const scheme of ['contrast', 'dark', 'yellow']) {
    it(`${scheme === 'contrast' ? '高对比度' : scheme === 'dark' ? '深色' : '黄底黑字'}配色下首页与文章页零违规`, async () => {
      const found: string[] = []
      for (const pathname of ['/', pageTypes()['文章']!]) {
        const page = await open(
          pathname,
          new Function(
            `localStorage.setItem('haiqiao-a11y', JSON.stringify({ open: true, scheme: '${scheme}' }))`,
          ) as () => void,
        )
        found.push(...(await violations(page)).map((v) => `${pathname}: ${v}`))
        await page.context().close()
      }
      expect(found).toEqual([])
    })
  }

  it('不启用脚本也能阅读：列表完整显示，脚本功能（筛选、工具条）不出现', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(new URL('/risk-alerts/', siteUrl()).href)
    const items = page.locator('#alert-list > li')
    expect(await items.count()).toBeGreaterThan(10)
    for (const item of await items.all()) expect(await item.isVisible()).toBe(true)
    expect(await page.locator('form[data-filter-for]').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: '无障碍浏览' }).isVisible()).toBe(false)
    await page.goto(new URL(pageTypes()['文章']!, siteUrl()).href)
    expect(await page.locator('main h1').isVisible()).toBe(true)
    expect(
      (await page.locator('main .article-body p').allInnerTexts()).join('').length,
    ).toBeGreaterThan(100)
    await context.close()
    const scripted = await open('/risk-alerts/')
    expect(await scripted.locator('form[data-filter-for]').isVisible()).toBe(true)
    await scripted.selectOption('select[name=state]', 'expired')
    const shown = await scripted.locator('#alert-list > li:visible').count()
    expect(shown).toBe(await scripted.locator('#alert-list > li.expired').count())
    await scripted.selectOption('select[name=state]', '')
    const riskType = await scripted
      .locator('#alert-list > li')
      .first()
      .getAttribute('data-filter-risk-type')
    await scripted.selectOption('select[name=riskType]', riskType!)
    const ofType = await scripted.locator('#alert-list > li:visible').all()
    expect(ofType.length).toBeGreaterThan(0)
    for (const item of ofType)
      expect(await item.getAttribute('data-filter-risk-type')).toBe(riskType)
    await scripted.close()
  })

  it('移动端 360px 宽无横向滚动', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    for (const pathname of ['/', pageTypes()['文章']!, '/digital/market/', '/map/']) {
      await page.goto(new URL(pathname, siteUrl()).href)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, pathname).toBeLessThanOrEqual(0)
    }
    await page.close()
  })
})

describe('无障碍工具条', () => {
  it('按钮：配色、缩放、大鼠标、十字线、大字幕、纯文本，设置跨页面保留，重置与退出', async () => {
    const page = await open('/')
    const toolbar = page.getByRole('toolbar', { name: '无障碍工具条' })
    await expect.poll(() => toolbar.isVisible()).toBe(false)
    await page.getByRole('button', { name: '无障碍浏览' }).click()
    await expect.poll(() => toolbar.isVisible()).toBe(true)

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const before = await background()
    await toolbar.getByRole('button', { name: '高对比度' }).click()
    expect(await html(page, 'data-a11y-scheme')).toBe('contrast')
    expect(await background()).toBe('rgb(0, 0, 0)')
    expect(
      await toolbar.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed'),
    ).toBe('true')
    expect(before).not.toBe('rgb(0, 0, 0)')

    await toolbar.getByRole('button', { name: '放大' }).click()
    await toolbar.getByRole('button', { name: '放大' }).click()
    expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1.5')
    await toolbar.getByRole('button', { name: '缩小' }).click()
    expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1.25')

    await toolbar.getByRole('button', { name: '大鼠标' }).click()
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toContain(
      'large-arrow.svg',
    )

    await toolbar.getByRole('button', { name: '十字线' }).click()
    await page.mouse.move(300, 400, { steps: 5 })
    const lines = page.locator('[data-a11y-line]')
    expect(await lines.nth(0).isVisible()).toBe(true)
    expect(await lines.nth(0).evaluate((el) => el.style.transform)).toBe('translateY(400px)')
    expect(await lines.nth(1).evaluate((el) => el.style.transform)).toBe('translateX(300px)')

    await toolbar.getByRole('button', { name: '大字幕' }).click()
    await page.locator('.site-name').focus()
    await expect.poll(() => page.locator('[data-a11y-caption-bar]').textContent()).toContain('海桥')
    expect(
      await page
        .locator('[data-a11y-caption-bar]')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(28)

    await page.goto(new URL('/digital/market/', siteUrl()).href)
    expect(await html(page, 'data-a11y-scheme')).toBe('contrast')
    expect(await html(page, 'data-a11y-zoom')).toBe('1.25')
    await page.getByRole('toolbar').getByRole('button', { name: '纯文本' }).click()
    expect(await page.locator('.chart svg').first().isVisible()).toBe(false)
    expect(await page.locator('.chart table').first().isVisible()).toBe(true)

    await page.getByRole('toolbar').getByRole('button', { name: '重置' }).click()
    expect(await html(page, 'data-a11y-scheme')).toBeNull()
    expect(await html(page, 'data-a11y-textonly')).toBeNull()
    await page.getByRole('toolbar').getByRole('button', { name: '退出' }).click()
    expect(await page.getByRole('toolbar', { name: '无障碍工具条' }).isVisible()).toBe(false)
    await page.close()
  })

  it('长者模式一键放大并开启大鼠标和大字幕', async () => {
    const page = await open('/')
    await page.getByRole('button', { name: '长者模式' }).click()
    expect(await html(page, 'data-a11y-zoom')).toBe('1.5')
    expect(await html(page, 'data-a11y-cursor')).toBe('true')
    expect(await html(page, 'data-a11y-caption')).toBe('true')
    await page.close()
  })

  it('单键快捷键（仅在工具条打开时）、方向键在工具条内移动、快捷键说明对话框，全程可用键盘操作', async () => {
    const page = await open('/')
    await page.keyboard.press('c')
    expect(await html(page, 'data-a11y-scheme')).toBeNull()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('无障碍浏览')
    await page.keyboard.press('Enter')
    await page.keyboard.press('c')
    expect(await html(page, 'data-a11y-scheme')).toBe('contrast')
    await page.keyboard.press('+')
    expect(await html(page, 'data-a11y-zoom')).toBe('1.25')
    await page.keyboard.press('x')
    expect(await html(page, 'data-a11y-crosshair')).toBe('true')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('长者模式')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('默认配色')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('高对比度')
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('退出')
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('[role=toolbar]'))),
    ).toBe(false)
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' })
    expect(await dialog.isVisible()).toBe(true)
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(10)
    await page.keyboard.press('Escape')
    expect(await dialog.isVisible()).toBe(false)
    await page.getByRole('searchbox', { name: '站内搜索' }).focus()
    await page.keyboard.press('c')
    expect(await html(page, 'data-a11y-scheme')).toBe('contrast')
    await page.keyboard.press('Tab')
    await page.keyboard.press('0')
    expect(await html(page, 'data-a11y-scheme')).toBeNull()
    await page.close()
  })

  it('指读与连读调用浏览器中文语音朗读', async () => {
    // Headless Chromium has no voices: record what the toolbar asks the speech API to say.
    const page = await open(pageTypes()['文章']!, () => {
      const spoken: { text: string; lang: string }[] = []
      Object.assign(window, { spoken })
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang })
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 10)
      }
    })
    const spoken = () =>
      page.evaluate(
        () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
      )
    await page.getByRole('button', { name: '无障碍浏览' }).click()
    await page.getByRole('toolbar').getByRole('button', { name: '指读' }).click()
    await page.locator('main h1').hover()
    const title = await page.locator('main h1').textContent()
    await expect.poll(async () => (await spoken()).map((s) => s.text)).toContain(title)
    expect((await spoken())[0]!.lang).toBe('zh-CN')
    await page.getByRole('toolbar').getByRole('button', { name: '指读' }).click()
    await page.getByRole('toolbar').getByRole('button', { name: '连读' }).click()
    await expect.poll(async () => (await spoken()).length, { timeout: 10_000 }).toBeGreaterThan(8)
    const paragraphs = await page.locator('main .article-body p').allTextContents()
    expect((await spoken()).map((s) => s.text)).toEqual(
      expect.arrayContaining(paragraphs.slice(0, 2)),
    )
    await page.close()
  })
})
