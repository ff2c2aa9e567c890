// HTTP hardening of both servers: security headers (a portal CSP without 'unsafe-inline' that the pages
// actually live with), cross-site requests refused, uploads checked by content, oversized bodies refused
// early, and errors without stack traces or paths.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoPdf } from '../../cms/seed/attachments.ts'
import { restAs } from '../support/rest.ts'
import { launchChromium, siteUrl } from '../support/site.ts'

const { cmsUrl } = inject('haiqiao')
let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const COMMON = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /strict-origin-when-cross-origin/,
  'x-frame-options': /^DENY$/,
}

describe('安全响应头', () => {
  it('门户：CSP 不含 unsafe-inline，禁止被嵌入框架；其余头齐全', async () => {
    for (const pathname of ['/', '/search/', '/sitemap.xml', '/no-such-page/']) {
      const res = await fetch(`${siteUrl()}${pathname}`)
      for (const [name, pattern] of Object.entries(COMMON))
        expect(res.headers.get(name), `${pathname} ${name}`).toMatch(pattern)
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).not.toContain("'unsafe-eval'")
    }
  })

  it('门户页面在该 CSP 下没有任何被拦截的脚本或样式（含搜索的 WebAssembly 与无障碍工具条）', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' })
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${siteUrl()}/`)
    await page
      .getByRole('button', { name: /无障碍/ })
      .first()
      .click()
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('投资')}`)
    await page
      .locator('[data-search-results] li, .search-results li')
      .first()
      .waitFor({ timeout: 20_000 })
    expect(violations).toEqual([])
    await page.close()
  })

  it('管理后台：禁止被嵌入框架，其余头齐全，登录页在 CSP 下正常显示', async () => {
    const res = await fetch(`${cmsUrl}/admin/login`)
    for (const [name, pattern] of Object.entries(COMMON))
      expect(res.headers.get(name), name).toMatch(pattern)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const page = await browser.newPage({ locale: 'zh-CN' })
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor()
    expect(violations).toEqual([])
    await page.close()
  })
})

describe('跨站请求', () => {
  it('来自其他站点的登录请求被拒绝', async () => {
    const res = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'editor@haiqiao.local', password: 'x' }),
    })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      '不被允许',
    )
  })

  it('带会话 Cookie 的跨站写请求不被当作已登录', async () => {
    const token = inject('haiqiao').sessions['editor@haiqiao.local']
    const headers = { 'Content-Type': 'application/json', Cookie: `payload-token=${token}` }
    const sameSite = await fetch(`${cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { ...headers, Origin: cmsUrl },
      body: JSON.stringify({ title: '同源请求' }),
    })
    expect(sameSite.status).toBe(400)
    const crossSite = await fetch(`${cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { ...headers, Origin: 'https://evil.example' },
      body: JSON.stringify({ title: '跨站请求' }),
    })
    expect(crossSite.status).toBe(403)
  })
})

describe('上传检查', () => {
  const upload = async (name: string, bytes: Uint8Array<ArrayBuffer>, type: string) => {
    const editor = await restAs('editor@haiqiao.local')
    const form = new FormData()
    form.append('file', new Blob([bytes], { type }), name)
    form.append('_payload', JSON.stringify({ alt: `上传测试 ${name}` }))
    const res = await fetch(`${cmsUrl}/api/media`, {
      method: 'POST',
      headers: { Authorization: editor.authorization },
      body: form,
    })
    return { status: res.status, text: await res.text() }
  }

  it('SVG、HTML 和改了扩展名的网页被拒绝，说明原因；真实 PDF 通过', async () => {
    const svg = await upload(
      'logo.svg',
      new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
      'image/svg+xml',
    )
    expect(svg.status).toBe(400)
    expect(svg.text).toContain('不允许上传 SVG')
    const html = await upload(
      'page.html',
      new TextEncoder().encode('<!doctype html><script>alert(1)</script>'),
      'text/html',
    )
    expect(html.status).toBe(400)
    const disguised = await upload(
      'photo.png',
      new TextEncoder().encode('<html><body><script>alert(1)</script></body></html>'),
      'image/png',
    )
    expect(disguised.status).toBe(400)
    expect(disguised.text).toContain('网页或 SVG')
    const mismatched = await upload(
      'report.pdf',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'application/pdf',
    )
    expect(mismatched.status).toBe(400)
    expect(mismatched.text).toContain('不是有效的PDF 文档')
    const exe = await upload(
      'tool.exe',
      new Uint8Array([0x4d, 0x5a, 0x90, 0]),
      'application/octet-stream',
    )
    expect(exe.status).toBe(400)
    expect(exe.text).toContain('允许的类型')
    const pdf = await upload(
      '政策解读.pdf',
      new Uint8Array(demoPdf('upload check')),
      'application/pdf',
    )
    expect(pdf.status).toBe(201)
  })

  it('超过大小上限的请求在进入应用前被拒绝（413，中文提示）', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const res = await fetch(`${cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: editor.authorization },
      body: JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('请求内容过大')
  })
})

describe('错误响应', () => {
  it('出错时不返回堆栈或服务器路径', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const answers = await Promise.all([
      fetch(`${cmsUrl}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: editor.authorization },
        body: '{"title": ',
      }),
      editor.get('/articles?where[nonexistent][equals]=1'),
      editor.get('/articles/not-a-uuid'),
      fetch(`${cmsUrl}/api/site-data/nothing`),
    ])
    for (const res of answers) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      const body = await res.text()
      expect(body).not.toMatch(/node_modules|\/work\/|\.ts:\d+|\n\s+at /)
    }
  })
})
