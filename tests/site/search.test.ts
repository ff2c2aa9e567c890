// Search (module 46) from Node against the live build's Pagefind index: Chinese words inside sentences,
// two-character words, multi-word queries, filters, sort by date, excerpts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchChinese, type PagefindLike } from '../../site/src/scripts/searchQuery.ts'
import { builtPages, liveClientDir, siteUrl } from '../support/site.ts'

type Data = {
  url: string
  excerpt: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}
type Pagefind = PagefindLike<{ data: () => Promise<Data> }> & {
  options: (o: Record<string, unknown>) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
}
let pagefind: Pagefind

beforeAll(async () => {
  const bundle = pathToFileURL(path.join(liveClientDir(), 'pagefind', 'pagefind.js')).href
  pagefind = (await import(bundle)) as Pagefind
  await pagefind.options({ basePath: `${siteUrl()}/pagefind/` })
})

const urlsFor = async (query: string, filters?: Record<string, string>) =>
  Promise.all(
    (await searchChinese(pagefind, query, { filters })).map(async (r) => (await r.data()).url),
  )

/** Text of an article page's body, straight from the build. */
const bodyOf = (page: string) =>
  readFileSync(path.join(liveClientDir(), page, 'index.html'), 'utf8').match(
    /<div class="article-body">([\s\S]*?)<\/div>/,
  )![1]!

describe('站内搜索', () => {
  it('两字词出现在句中时能搜到，并给出带高亮的摘要', async () => {
    const page = builtPages().find(
      (p) => p.startsWith('/articles/') && bodyOf(p).includes('合规安排'),
    )!
    expect(page).toBeDefined()
    const results = await searchChinese(pagefind, '合规', { filters: { 类型: '文章' } })
    const urls = await Promise.all(results.map(async (r) => new URL((await r.data()).url).pathname))
    expect(urls).toContain(page)
    expect((await results[0]!.data()).excerpt).toContain('<mark>')
  })

  it('句中的四字词（如“生物医药”）经分词后仍能搜到含该词的文章', async () => {
    const containing = builtPages().filter(
      (p) => p.startsWith('/articles/') && bodyOf(p).includes('生物医药'),
    )
    expect(containing.length).toBeGreaterThan(0)
    const urls = (await urlsFor('生物医药', { 类型: '文章' })).map((u) => new URL(u).pathname)
    expect(containing.filter((p) => urls.includes(p)).length).toBeGreaterThan(containing.length / 2)
  })

  it('多词查询要求各词同时出现', async () => {
    const results = await searchChinese(pagefind, '外汇 管理')
    expect(results.length).toBeGreaterThan(0)
    for (const result of results.slice(0, 5)) {
      const { url } = await result.data()
      const html = readFileSync(
        path.join(liveClientDir(), new URL(url).pathname, 'index.html'),
        'utf8',
      )
      expect(html).toContain('外汇')
      expect(html).toContain('管理')
    }
  })

  it('高级搜索：按类型、国家、年份筛选并按日期排序', async () => {
    const facets = await pagefind.filters()
    expect(Object.keys(facets)).toEqual(expect.arrayContaining(['类型', '栏目', '国家', '年份']))
    expect(facets['类型']).toHaveProperty('风险提示')
    const alerts = await searchChinese(pagefind, '', {
      filters: { 类型: '风险提示' },
      sort: { date: 'desc' },
    })
    expect(alerts.length).toBe(facets['类型']!['风险提示'])
    const dates = await Promise.all(
      alerts.slice(0, 10).map(async (r) => (await r.data()).meta.date!),
    )
    expect([...dates].sort().reverse()).toEqual(dates)
    const country = Object.keys(facets['国家']!)[0]!
    for (const result of (await searchChinese(pagefind, '', { filters: { 国家: country } })).slice(
      0,
      5,
    )) {
      expect((await result.data()).filters['国家']).toContain(country)
    }
  })

  it('只索引正文：列表页和首页不在结果中', async () => {
    const urls = (await urlsFor('政策法规')).map((u) => new URL(u).pathname)
    expect(urls.some((u) => u.startsWith('/columns/') || u === '/')).toBe(false)
  })
})
