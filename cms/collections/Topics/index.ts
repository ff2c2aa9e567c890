// 专题: curated topic pages that gather articles across columns.
import type { CollectionConfig } from 'payload'
import { label } from '../../lib/label.ts'
import { publishedAtField } from '../../fields/publishedAt.ts'
import { slugField } from '../../fields/slug.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const Topics: CollectionConfig = publishable({
  slug: 'topics',
  labels: { singular: label('专题', 'Topic'), plural: label('专题', 'Topics') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('专题名称', 'Title'),
    },
    slugField(),
    publishedAtField(),
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('专题简介', 'Summary') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('专题头图', 'Banner') },
    { name: 'body', type: 'richText', label: label('专题导语', 'Introduction') },
  ],
})
