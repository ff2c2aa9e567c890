// 文章: 政策法规 / 工作动态 / 新闻资讯 and every other column's articles.
import type { CollectionConfig } from 'payload'
import { label } from '../../lib/label.ts'
import { countriesField, tagsField, topicsField } from '../../fields/relations.ts'
import { publishedAtField } from '../../fields/publishedAt.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const Articles: CollectionConfig = publishable({
  slug: 'articles',
  labels: { singular: label('文章', 'Article'), plural: label('文章', 'Articles') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'column', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'source'],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('标题', 'Title') },
    {
      name: 'column',
      type: 'relationship',
      relationTo: 'columns',
      required: true,
      index: true,
      label: label('所属栏目', 'Column'),
      admin: { position: 'sidebar' },
    },
    {
      // 共享: the article is listed in these columns too, as the same document (one page, one history).
      name: 'alsoIn',
      type: 'relationship',
      relationTo: 'columns',
      hasMany: true,
      label: label('同时发布到栏目', 'Also listed in'),
      admin: {
        position: 'sidebar',
        description: label(
          '共享到其他栏目：文章出现在这些栏目的列表中，不复制文章；修改共享栏目同样须经审核。',
          'Cross-post: listed in these columns too, without a copy.',
        ),
      },
      validate: (value: unknown, { siblingData }: { siblingData: { column?: unknown } }) => {
        const home =
          typeof siblingData.column === 'object' && siblingData.column
            ? (siblingData.column as { id: string }).id
            : siblingData.column
        const ids = ((value as (string | { id: string })[] | null | undefined) ?? []).map((v) =>
          typeof v === 'object' ? v.id : v,
        )
        if (ids.includes(home as string)) return '“同时发布到栏目”不能包含文章的所属栏目'
        return new Set(ids).size === ids.length ? true : '“同时发布到栏目”中有重复的栏目'
      },
    },
    publishedAtField(),
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', label: label('正文', 'Body') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面图', 'Cover image') },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('附件', 'Attachments'),
    },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: label('来源', 'Source') },
        { name: 'author', type: 'text', label: label('作者', 'Author') },
      ],
    },
    tagsField(),
    topicsField(),
    countriesField(),
  ],
})
