// sitemap.xml: every page of the portal with its last modification, from the same data the pages use.
import type { APIRoute } from 'astro'
import { getArticles } from '../cms/articles.ts'
import { getSettings } from '../cms/settings.ts'
import { xmlText } from '../lib/safeOutput.ts'
import { sitemapEntries } from '../lib/sitemap.ts'

export const GET: APIRoute = async () => {
  const settings = await getSettings()
  const entries = await sitemapEntries(await getArticles())
  const body = entries
    .map(
      ({ path, lastmod }) =>
        `<url><loc>${xmlText(new URL(path, settings.siteUrl).href)}</loc>${lastmod ? `<lastmod>${xmlText(lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  )
}
