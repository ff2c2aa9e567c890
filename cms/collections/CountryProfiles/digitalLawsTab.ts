// 数字法律政策导航 (module 8): digital-economy laws and hot issues.
import type { Tab } from 'payload'
import { label } from '../../lib/label.ts'

export const digitalLawsTab: Tab = {
  name: 'digitalLaws',
  label: label('数字法律政策', 'Digital law & policy'),
  fields: [
    { name: 'overview', type: 'richText', label: label('概述', 'Overview') },
    {
      name: 'laws',
      type: 'array',
      dbName: 'cp_laws',
      label: label('法律法规', 'Laws and regulations'),
      fields: [
        { name: 'title', type: 'text', required: true, label: label('名称', 'Title') },
        {
          type: 'row',
          fields: [
            { name: 'field', type: 'text', label: label('领域', 'Field') },
            {
              name: 'issuedAt',
              type: 'date',
              label: label('颁布日期', 'Issued'),
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        { name: 'summary', type: 'textarea', label: label('要点', 'Key points') },
        { name: 'url', type: 'text', label: label('原文链接', 'Link') },
      ],
    },
    {
      name: 'hotIssues',
      type: 'array',
      dbName: 'cp_hot_issues',
      label: label('热点问题', 'Hot issues'),
      fields: [
        { name: 'title', type: 'text', required: true, label: label('问题', 'Issue') },
        { name: 'analysis', type: 'textarea', label: label('解读', 'Analysis') },
      ],
    },
  ],
}
