// 专业服务: directory of service providers (law, accounting, consulting, logistics …).
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { countriesField } from '../../fields/relations.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const PROVIDER_CATEGORIES = options([
  ['legal', '法律服务', 'Legal'],
  ['accounting', '会计税务', 'Accounting and tax'],
  ['consulting', '咨询服务', 'Consulting'],
  ['certification', '认证检测', 'Certification and testing'],
  ['logistics', '物流运输', 'Logistics'],
  ['insurance', '保险服务', 'Insurance'],
  ['hr', '人力资源', 'Human resources'],
  ['ip', '知识产权', 'Intellectual property'],
])

export const Providers: CollectionConfig = publishable({
  slug: 'providers',
  labels: {
    singular: label('服务机构', 'Service provider'),
    plural: label('专业服务', 'Service providers'),
  },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'city', '_status'],
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('机构名称', 'Name'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          index: true,
          label: label('服务类别', 'Category'),
          options: PROVIDER_CATEGORIES,
        },
        { name: 'city', type: 'text', label: label('所在城市', 'City') },
        { name: 'website', type: 'text', label: label('网站', 'Website') },
      ],
    },
    { name: 'services', type: 'textarea', label: label('服务内容', 'Services') },
    countriesField(),
    { name: 'address', type: 'text', label: label('办公地址', 'Office address') },
    { name: 'publicPhone', type: 'text', label: label('对外服务电话', 'Public phone') },
    { name: 'description', type: 'richText', label: label('机构介绍', 'About') },
  ],
})
