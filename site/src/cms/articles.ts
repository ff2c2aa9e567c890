// Articles: newest first, grouped by column, country and topic, and related content for article pages.
import { loadAll, memo } from './client.ts'
import type { Article } from './types.ts'

const newestFirst = (a: Article, b: Article) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')

export const getArticles = () =>
  memo('articles:newest', async () => [...(await loadAll<Article>('articles'))].sort(newestFirst))

function groupBy(
  articles: Article[],
  keys: (article: Article) => (string | null | undefined)[],
): Map<string, Article[]> {
  const groups = new Map<string, Article[]>()
  for (const article of articles) {
    for (const key of keys(article)) {
      if (!key) continue
      if (!groups.has(key)) groups.set(key, [])
      groups.get(key)!.push(article)
    }
  }
  return groups
}

export const getArticleIndexes = () =>
  memo('articles:indexes', async () => {
    const articles = await getArticles()
    return {
      // Cross-posted articles (alsoIn) are listed in those columns too; their page stays in the home column.
      byColumn: groupBy(articles, (a) => [a.column, ...(a.alsoIn ?? [])]),
      byCountry: groupBy(articles, (a) => a.countries ?? []),
      byTopic: groupBy(articles, (a) => a.topics ?? []),
    }
  })

/** Articles in any of the given columns, newest first, each once. */
export async function articlesInColumns(columnIds: string[]): Promise<Article[]> {
  const { byColumn } = await getArticleIndexes()
  const unique = new Map(
    columnIds.flatMap((id) => byColumn.get(id) ?? []).map((article) => [article.id, article]),
  )
  return [...unique.values()].sort(newestFirst)
}

/** Up to `limit` articles sharing a topic, a country or the column, most shared first, then newest. */
export async function relatedArticles(article: Article, limit = 5): Promise<Article[]> {
  const { byColumn, byCountry, byTopic } = await getArticleIndexes()
  const score = new Map<string, { article: Article; score: number }>()
  const add = (candidates: Article[] | undefined, weight: number, cap = 200) => {
    for (const candidate of (candidates ?? []).slice(0, cap)) {
      if (candidate.id === article.id) continue
      const entry = score.get(candidate.id) ?? { article: candidate, score: 0 }
      entry.score += weight
      score.set(candidate.id, entry)
    }
  }
  for (const topic of article.topics ?? []) add(byTopic.get(topic), 3)
  for (const country of article.countries ?? []) add(byCountry.get(country), 2)
  add(byColumn.get(article.column), 1, 20)
  return [...score.values()]
    .sort((a, b) => b.score - a.score || newestFirst(a.article, b.article))
    .slice(0, limit)
    .map((entry) => entry.article)
}
