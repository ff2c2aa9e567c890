// The articles, spread over every leaf column, with tags, topics, a country, and PDF attachments in the
// policy column; and the attachments themselves.
import { ATTACHMENTS, demoPdf } from '../attachments.ts'
import { generateArticle } from '../articles.ts'
import { leafSlugs } from '../columns.ts'
import { DAY, each, PUBLISHED, times, type SeedContext } from '../context.ts'
import { COUNTRIES } from '../countries.ts'
import type { Taxonomy } from './taxonomy.ts'

/** The demo PDF attachments; their media ids. */
export async function createAttachments({ payload, req }: SeedContext): Promise<string[]> {
  const attachmentIds: string[] = []
  for (const file of ATTACHMENTS) {
    const data = demoPdf(`Haiqiao demo attachment: ${file.name}`)
    attachmentIds.push(
      (
        await payload.create({
          req,
          collection: 'media',
          data: { alt: file.alt },
          file: { data, mimetype: 'application/pdf', name: file.name, size: data.length },
        })
      ).id,
    )
  }
  return attachmentIds
}

/** `sizes.articles` articles, newest at the anchor date, about 0.37 days apart. */
export async function createArticles(
  seed: SeedContext,
  { columnIds, tagIds, topicIds }: Taxonomy,
  countryIds: string[],
  attachmentIds: string[],
): Promise<void> {
  const { payload, req, r, anchor, year, sizes, log } = seed
  const leaves = leafSlugs()
  await each(times(sizes.articles), async (_, i) => {
    const column = leaves[i % leaves.length]!
    const countryIndex = r.int(0, COUNTRIES.length - 1)
    const article = generateArticle(r, column, COUNTRIES[countryIndex]!, year)
    await payload.create({
      req,
      collection: 'articles',
      data: {
        ...article,
        ...PUBLISHED,
        column: columnIds.get(column)!,
        publishedAt: new Date(anchor.getTime() - i * 0.37 * DAY).toISOString(),
        tags: r.some(tagIds, 1, 3),
        topics: r.chance(0.2) ? [r.pick(topicIds)] : [],
        countries: [countryIds[countryIndex]!],
        attachments:
          column === 'policy' && i % 4 === 0
            ? [attachmentIds[(i / 4) % attachmentIds.length]!]
            : [],
      },
    })
  })
  log(`文章 ${sizes.articles} 篇`)
}
