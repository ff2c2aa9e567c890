// The URLs of the portal's content pages, for sitemap.xml.
import { getColumnTree, type ColumnNode } from '../cms/columns.ts'
import { getCountries, getProfiles } from '../cms/countries.ts'
import { getFinanceProducts, getProviders } from '../cms/directories.ts'
import {
  getProjects,
  getRiskAlerts,
  getServiceGuides,
  getTopics,
  getTrainings,
} from '../cms/services.ts'
import type { Article } from '../cms/types.ts'
import { DIGITAL_SECTIONS } from './digital.ts'
import { MAIN_NAV, urls } from './nav.ts'

type Entry = { path: string; lastmod?: string }

/** Public pages that no navigation item or content entry lists. */
const STANDALONE_PAGES = ['/accessibility/', '/consult/', '/trainings/calendar/']

/**
 * Every public page of the portal, each once (the entry with a last modification wins): the main navigation,
 * the standalone pages, columns, articles, countries, the digital sections and every kind of content.
 */
export async function sitemapEntries(articles: Article[]): Promise<Entry[]> {
  const byPath = new Map<string, Entry>()
  for (const entry of await allEntries(articles)) {
    const seen = byPath.get(entry.path)
    if (!seen || (!seen.lastmod && entry.lastmod)) byPath.set(entry.path, entry)
  }
  return [...byPath.values()]
}

async function allEntries(articles: Article[]): Promise<Entry[]> {
  const all = (nodes: ColumnNode[]): ColumnNode[] =>
    nodes.flatMap((node) => [node, ...all(node.children)])
  const countries = await getCountries()
  const profiled = (await getProfiles()).map(({ country }) => country)
  const docs = <T extends { id: string; updatedAt: string }>(
    items: T[],
    url: (id: string) => string,
  ) => items.map((item) => ({ path: url(item.id), lastmod: item.updatedAt }))
  return [
    ...MAIN_NAV.map((item) => ({ path: item.href })),
    ...STANDALONE_PAGES.map((page) => ({ path: page })),
    ...all(await getColumnTree()).map((column) => ({ path: urls.column(column.slug) })),
    ...articles.map((article) => ({ path: urls.article(article.id), lastmod: article.updatedAt })),
    ...countries.map((country) => ({
      path: urls.country(country.isoCode),
      lastmod: country.updatedAt,
    })),
    ...DIGITAL_SECTIONS.flatMap((section) => [
      { path: urls.digital(section.key) },
      ...profiled.map((c) => ({ path: urls.digital(section.key, c.isoCode) })),
    ]),
    ...docs(await getRiskAlerts(), urls.riskAlert),
    ...docs(await getTrainings(), urls.training),
    ...docs(await getServiceGuides(), urls.serviceGuide),
    ...docs(await getProjects(), urls.project),
    ...(await getTopics()).map((topic) => ({
      path: urls.topic(topic.slug),
      lastmod: topic.updatedAt,
    })),
    ...docs(await getProviders(), urls.provider),
    ...docs(await getFinanceProducts(), urls.financeProduct),
  ]
}
