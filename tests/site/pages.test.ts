// Every page type of the portal renders from the seeded content with SEO and government-site meta tags,
// and no internal link in the live build points nowhere.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtPages, getPage, liveClientDir, pageTypes, siteUrl } from '../support/site.ts'

const meta = (html: string, name: string) =>
  html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1]

describe('门户页面', () => {
  it('每种页面都能访问，且带中文语言、标题、规范链接和政府网站元数据', async () => {
    for (const [type, pathname] of Object.entries(pageTypes())) {
      const { status, html } = await getPage(pathname)
      expect(status, `${type} ${pathname}`).toBe(200)
      expect(html, type).toContain('<html lang="zh-CN"')
      expect(html, type).toMatch(/<title>[^<]+海桥[^<]*<\/title>|<title>海桥/)
      expect(html, type).toContain(`<link rel="canonical" href="http://127.0.0.1:4321${pathname}"`)
      expect(meta(html, 'SiteIDCode'), type).toMatch(/^\d{10}$/)
      expect(meta(html, 'SiteName'), type).toBeTruthy()
      expect(html, type).toMatch(/<main id="main"/)
    }
  })

  it('文章页有发布时间、来源、栏目元数据、结构化数据、附件和相关内容，正文进入检索', async () => {
    const pages = builtPages().filter((p) => p.startsWith('/articles/'))
    const withAttachment = pages
      .map((p) => ({ p, html: readFileSync(path.join(liveClientDir(), p, 'index.html'), 'utf8') }))
      .find(({ html }) => html.includes('id="attachments-title"'))
    expect(withAttachment, '种子数据中政策法规文章带有附件').toBeDefined()
    const { html } = withAttachment!
    expect(meta(html, 'ArticleTitle')).toBeTruthy()
    expect(meta(html, 'PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(meta(html, 'ContentSource')).toBeTruthy()
    expect(meta(html, 'ColumnName')).toBe('政策法规')
    expect(html).toContain('"@type":"NewsArticle"')
    expect(html).toContain('data-pagefind-body')
    expect(html).toContain('id="related-title"')
    const file = html.match(/href="(\/media\/[^"]+\.pdf)"/)![1]!
    const res = await fetch(new URL(file, siteUrl()))
    expect(res.status).toBe(200)
    expect((await res.text()).startsWith('%PDF-1.4')).toBe(true)
  })

  it('栏目分页、RSS 订阅与站点地图', async () => {
    const list = await getPage('/columns/policy/')
    expect(list.html).toContain('rel="next"')
    expect(list.html).toContain('href="/feeds/policy.xml"')
    const feed = await getPage('/feeds/policy.xml')
    expect(feed.status).toBe(200)
    expect(feed.html).toContain('<rss')
    expect((feed.html.match(/<item>/g) ?? []).length).toBeGreaterThan(10)
    // RSS's <author> is an e-mail address: names go in <dc:creator>; the feed names its own address.
    expect(feed.html).not.toContain('<author>')
    expect(feed.html).toContain('<dc:creator>')
    expect(feed.html).toMatch(
      /<atom:link href="[^"]+\/feeds\/policy\.xml" rel="self" type="application\/rss\+xml"\/>/,
    )
    const sitemap = await getPage('/sitemap.xml')
    const locs = [...sitemap.html.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, loc]) => new URL(loc!).pathname,
    )
    // Each page once, and every public page there: all built pages but further list pages (/2/), the
    // visitor's own pages, previews, the search page and the error page.
    expect(locs.filter((loc, i) => locs.indexOf(loc) !== i)).toEqual([])
    const listed = new Set(locs)
    const hidden = /^\/(my|preview|search|404)\/|\/\d+\/$/
    expect(builtPages().filter((page) => !hidden.test(page) && !listed.has(page))).toEqual([])
  })

  it('风险提示标注过期，图表为可访问的 SVG 并附数据表，地图不绘制边界线', async () => {
    // Expired alerts carry the 已过期 badge in the list (not just the filter's option) and a note on their page.
    const list = (await getPage('/risk-alerts/')).html
    const expired = [...list.matchAll(/<li class="expired"[^>]*>([\s\S]*?)<\/li>/g)]
    expect(expired.length).toBeGreaterThan(0)
    for (const [, item] of expired)
      expect(item).toContain('<span class="badge expired">已过期</span>')
    const expiredPage = expired[0]![1]!.match(/href="(\/risk-alerts\/[^"]+)"/)![1]!
    expect((await getPage(expiredPage)).html).toContain('本风险提示已过期')
    const market = (await getPage('/digital/market/')).html
    expect(market).toMatch(/<svg role="img" aria-labelledby="chart-gdp-title chart-gdp-desc"/)
    expect(market).toContain('经济规模（GDP）数据表')
    const map = (await getPage('/map/')).html
    expect(map).toMatch(/<circle class="point/)
    expect(map).not.toMatch(/<path /)
  })

  it('未知页面返回 404 中文提示', async () => {
    const { status, html } = await getPage('/no-such-page/')
    expect(status).toBe(404)
    expect(html).toContain('页面不存在')
  })

  it('构建中没有失效的内部链接', async () => {
    const client = liveClientDir()
    const missing = new Map<string, string>()
    for (const page of builtPages()) {
      const html = readFileSync(path.join(client, page, 'index.html'), 'utf8')
      for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = path.join(client, decodeURIComponent(href!))
        const ok = href!.endsWith('/')
          ? existsSync(path.join(target, 'index.html'))
          : existsSync(target)
        if (!ok && !missing.has(href!)) missing.set(href!, page)
      }
    }
    // Not a file of the build: an on-demand page (a form) answers it, or the link is broken.
    const broken: string[] = []
    for (const [href, page] of missing)
      if ((await getPage(href)).status !== 200) broken.push(`${page} → ${href}`)
    expect(broken.slice(0, 20)).toEqual([])
  })
})
