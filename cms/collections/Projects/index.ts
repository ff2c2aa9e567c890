// 项目对接: published enterprise projects and cooperation needs.
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { countriesField, tagsField } from '../../fields/relations.ts'
import { publishedAtField } from '../../fields/publishedAt.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const Projects: CollectionConfig = publishable({
  slug: 'projects',
  labels: { singular: label('对接项目', 'Project'), plural: label('项目对接', 'Projects') },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'title',
    defaultColumns: ['title', 'cooperationType', 'industry', 'stage', '_status'],
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('项目名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cooperationType',
          type: 'select',
          required: true,
          index: true,
          label: label('合作类型', 'Cooperation type'),
          options: options([
            ['investment', '投资合作', 'Investment'],
            ['trade', '贸易采购', 'Trade'],
            ['engineering', '工程承包', 'Engineering contracting'],
            ['technology', '技术合作', 'Technology'],
            ['service', '服务外包', 'Services'],
          ]),
        },
        { name: 'industry', type: 'text', index: true, label: label('所属行业', 'Industry') },
        {
          name: 'stage',
          type: 'select',
          required: true,
          defaultValue: 'open',
          label: label('对接状态', 'Stage'),
          options: options([
            ['open', '征集中', 'Open'],
            ['negotiating', '洽谈中', 'Negotiating'],
            ['matched', '已对接', 'Matched'],
            ['closed', '已结束', 'Closed'],
          ]),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'enterprise', type: 'text', label: label('发布企业', 'Enterprise') },
        {
          name: 'amountWanYuan',
          type: 'number',
          min: 0,
          label: label('投资/合同金额（万元）', 'Amount (10k CNY)'),
        },
        { name: 'validUntil', type: 'date', label: label('有效期至', 'Valid until') },
      ],
    },
    countriesField(),
    tagsField(),
    publishedAtField(),
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('项目简介', 'Summary') },
    { name: 'body', type: 'richText', label: label('项目详情', 'Details') },
  ],
})
