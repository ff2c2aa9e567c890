// 风险提示: alerts from ministries, embassies and media, with level, kind, countries and validity.
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { countriesField } from '../../fields/relations.ts'
import { publishedAtField } from '../../fields/publishedAt.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const RISK_LEVELS = options([
  ['red', '红色（特别严重）', 'Red'],
  ['orange', '橙色（严重）', 'Orange'],
  ['yellow', '黄色（较重）', 'Yellow'],
  ['blue', '蓝色（一般）', 'Blue'],
])

export const RiskAlerts: CollectionConfig = publishable({
  slug: 'risk-alerts',
  labels: { singular: label('风险提示', 'Risk alert'), plural: label('风险提示', 'Risk alerts') },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'riskType', 'validTo', '_status'],
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('标题', 'Title') },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          label: label('风险等级', 'Level'),
          options: RISK_LEVELS,
        },
        {
          name: 'riskType',
          type: 'select',
          required: true,
          index: true,
          label: label('风险类别', 'Risk type'),
          options: options([
            ['security', '安全提醒', 'Security reminder'],
            ['notice', '重要通知', 'Important notice'],
            ['disaster', '自然灾害', 'Natural disaster'],
            ['emergency', '突发事件', 'Emergency'],
          ]),
        },
        {
          name: 'issuer',
          type: 'select',
          required: true,
          label: label('发布机构类型', 'Issuer'),
          options: options([
            ['ministry', '部委', 'Ministry'],
            ['embassy', '驻外使领馆', 'Embassy or consulate'],
            ['media', '权威媒体', 'Authoritative media'],
          ]),
        },
      ],
    },
    { name: 'issuerName', type: 'text', label: label('发布机构', 'Issuing body') },
    countriesField(),
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          index: true,
          label: label('生效时间', 'Valid from'),
        },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: label('失效时间', 'Valid to'),
          admin: { description: label('留空表示长期有效', 'Empty means open-ended') },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: { validFrom?: string } },
          ) =>
            !value || !siblingData.validFrom || new Date(value) >= new Date(siblingData.validFrom)
              ? true
              : '失效时间不能早于生效时间',
        },
      ],
    },
    publishedAtField(),
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', label: label('正文', 'Body') },
  ],
})
