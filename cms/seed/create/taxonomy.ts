// The portal's columns (nested), tags and topics; the ids the content refers to.
import { COLUMNS, type ColumnSeed } from '../columns.ts'
import { each, PUBLISHED, type SeedContext } from '../context.ts'
import { richText } from '../lexical.ts'
import { SUBJECT_TAGS, TAGS, TOPICS } from '../taxonomy.ts'

export type Taxonomy = {
  /** Column id by slug. */
  columnIds: Map<string, string>
  tagIds: string[]
  topicIds: string[]
}

async function createColumns(
  seed: SeedContext,
  columnIds: Map<string, string>,
  columns: ColumnSeed[],
  parent?: string,
): Promise<void> {
  const { payload, req } = seed
  for (const [order, column] of columns.entries()) {
    const doc = await payload.create({
      req,
      collection: 'columns',
      data: {
        title: column.title,
        slug: column.slug,
        description: column.description,
        parent,
        order,
      },
    })
    columnIds.set(column.slug, doc.id)
    if (column.children) await createColumns(seed, columnIds, column.children, doc.id)
  }
}

export async function createTaxonomy(seed: SeedContext): Promise<Taxonomy> {
  const { payload, req, log } = seed
  const columnIds = new Map<string, string>()
  await createColumns(seed, columnIds, COLUMNS)
  const tagIds: string[] = []
  await each(TAGS, async (name, i) => {
    const group = i < SUBJECT_TAGS ? '主题' : '区域'
    tagIds.push(
      (await payload.create({ req, collection: 'tags', data: { name, group, status: 'enabled' } }))
        .id,
    )
  })
  const topicIds: string[] = []
  await each(TOPICS, async (topic) => {
    topicIds.push(
      (
        await payload.create({
          req,
          collection: 'topics',
          data: { ...topic, ...PUBLISHED, body: richText([topic.summary]) },
        })
      ).id,
    )
  })
  log(`栏目 ${columnIds.size} 个，标签 ${tagIds.length} 个，专题 ${topicIds.length} 个`)
  return { columnIds, tagIds, topicIds }
}
