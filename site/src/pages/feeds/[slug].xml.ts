// RSS 2.0 feed per column: the 30 newest articles. Text through feedText: valid XML whatever is stored.
// RSS's <author> must be an e-mail address, so the author's name goes in Dublin Core's <dc:creator>; the
// channel names its own address (<atom:link rel="self">), as feed validators expect.
import rss from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'
import { articlesInColumns } from '../../cms/articles.ts'
import { columnAndDescendants, getColumnTree, type ColumnNode } from '../../cms/columns.ts'
import { getSettings } from '../../cms/settings.ts'
import { urls } from '../../lib/nav.ts'
import { feedText, xmlText } from '../../lib/safeOutput.ts'

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
  const self = new URL(`/feeds/${column.slug}.xml`, settings.siteUrl).href
  return rss({
    title: feedText(`${column.title} - ${settings.siteName}`),
    description: feedText(column.description ?? settings.description ?? ''),
    site: settings.siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>zh-cn</language><atom:link href="${xmlText(self)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: feedText(article.title),
      link: urls.article(article.id),
      pubDate: article.publishedAt ? new Date(article.publishedAt) : undefined,
      description: feedText(article.summary ?? ''),
      customData: article.author
        ? `<dc:creator>${xmlText(feedText(article.author))}</dc:creator>`
        : undefined,
    })),
  })
}
