// Helpers for portal tests: fetch pages from the running site server, read the live build, drive Chromium.
import { readdirSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import { launchChromium } from '../../scripts/lib/chromium.ts'
import { inject } from 'vitest'
import './context.ts'

export const siteUrl = () => inject('haiqiao').siteUrl

export async function getPage(pathname: string): Promise<{ status: number; html: string }> {
  const res = await fetch(new URL(pathname, siteUrl()))
  return { status: res.status, html: await res.text() }
}

/** The client directory of the build the server currently serves. */
export function liveClientDir(): string {
  const { siteRoot } = inject('haiqiao')
  return path.join(siteRoot, readlinkSync(path.join(siteRoot, 'current')), 'client')
}

/** Every HTML file of the live build, as site paths (`/articles/<id>/`). */
export function builtPages(): string[] {
  const client = liveClientDir()
  const pages: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') visit(full)
      else if (entry.name === 'index.html')
        pages.push(`/${path.relative(client, dir)}/`.replace(/\/+/g, '/'))
    }
  }
  visit(client)
  return pages
}

/** Polls until `check` passes (publishing is asynchronous: debounce, build, index, switch). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

export { launchChromium }

/** One representative page of every page type, found in the live build. */
export function pageTypes(): Record<string, string> {
  const pages = builtPages()
  const first = (pattern: RegExp) => {
    const found = pages.find((page) => pattern.test(page))
    if (!found) throw new Error(`构建中没有匹配 ${pattern} 的页面`)
    return found
  }
  return {
    首页: '/',
    栏目列表: '/columns/policy/',
    栏目分页: '/columns/policy/2/',
    文章: first(/^\/articles\/[0-9a-f-]{36}\/$/),
    我要办事: '/services/',
    办事指南: first(/^\/services\/[0-9a-f-]{36}\/$/),
    出海地图: '/map/',
    国别: first(/^\/countries\/[a-z]{2}\/$/),
    一带一路: '/belt-and-road/',
    风险提示: '/risk-alerts/',
    风险提示详情: first(/^\/risk-alerts\/[0-9a-f-]{36}\/$/),
    培训活动: '/trainings/',
    活动日历: '/trainings/calendar/',
    培训详情: first(/^\/trainings\/[0-9a-f-]{36}\/$/),
    金融支持: '/finance/',
    金融产品: first(/^\/finance\/[0-9a-f-]{36}\/$/),
    专业服务: '/providers/',
    服务机构: first(/^\/providers\/[0-9a-f-]{36}\/$/),
    项目对接: '/projects/',
    项目详情: first(/^\/projects\/[0-9a-f-]{36}\/$/),
    专题列表: '/topics/',
    专题: first(/^\/topics\/[^/]+\/$/),
    数字专栏: '/digital/',
    数字法律政策: '/digital/laws/',
    数字市场评估: '/digital/market/',
    数字贸易: '/digital/trade/',
    数字合作: '/digital/cooperation/',
    国别数字市场: first(/^\/digital\/market\/[a-z]{2}\/$/),
    国别数字法律: first(/^\/digital\/laws\/[a-z]{2}\/$/),
    国别数字贸易: first(/^\/digital\/trade\/[a-z]{2}\/$/),
    国别数字合作: first(/^\/digital\/cooperation\/[a-z]{2}\/$/),
    站内搜索: '/search/',
    个人中心: '/my/',
    无障碍说明: '/accessibility/',
  }
}
