// A numeric indicator with its unit, year and source, so figures can be compared across countries.
import type { GroupField } from 'payload'
import { label, type Label } from '../lib/label.ts'

export const indicatorField = (name: string, title: Label, unit: string): GroupField => ({
  name,
  type: 'group',
  label: title,
  admin: { description: label(`单位：${unit}`, `Unit: ${unit}`) },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', label: label('数值', 'Value') },
        { name: 'year', type: 'number', label: label('年份', 'Year'), min: 1990, max: 2100 },
        { name: 'source', type: 'text', label: label('数据来源', 'Source') },
      ],
    },
  ],
})
