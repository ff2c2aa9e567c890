// RSS 2.0 feed per column: the 30 newest articles. Text through feedText: valid XML whatever is stored.
import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'
import { articlesInColumns } from '../../cms/articles.ts'
import { columnAndDescendants, getColumnTree, type ColumnNode } from '../../cms/columns.ts'
import { getSettings } from '../../cms/settings.ts'
import { urls } from '../../lib/nav.ts'
import { feedText } from '../../lib/safeOutput.ts'

export const getStaticPaths = (async () => {
  const all = (nodes: ColumnNode[]): ColumnNode[] =>
    nodes.flatMap((node) => [node, ...all(node.children)])
  return all(await getColumnTree()).map((column) => ({
    params: { slug: column.slug },
    props: { column },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ column: ColumnNode }> = async ({ props: { column } }) => {
  const settings = await getSettings()
  const articles = (await articlesInColumns(columnAndDescendants(column))).slice(0, 30)
  return rss({
    title: feedText(`${column.title} - ${settings.siteName}`),
    description: feedText(column.description ?? settings.description ?? ''),
    site: settings.siteUrl,
    customData: '<language>zh-cn</language>',
    items: articles.map((article) => ({
      title: feedText(article.title),
      link: urls.article(article.id),
      pubDate: article.publishedAt ? new Date(article.publishedAt) : undefined,
      description: feedText(article.summary ?? ''),
      author: article.author ? feedText(article.author) : undefined,
    })),
  })
}
