// 国别数字专栏: the four digital columns per country (modules 8–11).
import type { CollectionConfig } from 'payload'
import { label } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'
import { cooperationTab } from './cooperationTab.ts'
import { digitalLawsTab } from './digitalLawsTab.ts'
import { digitalTradeTab } from './digitalTradeTab.ts'
import { marketAssessmentTab } from './marketAssessmentTab.ts'

export const CountryProfiles: CollectionConfig = publishable({
  slug: 'country-profiles',
  labels: {
    singular: label('国别数字专栏', 'Country digital profile'),
    plural: label('国别数字专栏', 'Country digital profiles'),
  },
  admin: {
    group: GROUPS.digital,
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', '_status', 'updatedAt'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('标题', 'Title') },
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
      unique: true,
      label: label('国家/地区', 'Country'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'demoData',
      type: 'checkbox',
      defaultValue: false,
      label: label('演示数据（非真实统计）', 'Demo data (not real statistics)'),
      admin: { position: 'sidebar' },
    },
    { type: 'tabs', tabs: [digitalLawsTab, marketAssessmentTab, digitalTradeTab, cooperationTab] },
  ],
})
