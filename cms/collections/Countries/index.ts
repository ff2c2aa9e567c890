// 国家/地区: investment environment and overseas service points for the 出海地图.
import type { CollectionConfig, NumberField } from 'payload'
import { label, options } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

const coordinate = (name: 'lat' | 'lng'): NumberField => ({
  name,
  type: 'number',
  label: name === 'lat' ? label('纬度', 'Latitude') : label('经度', 'Longitude'),
  min: name === 'lat' ? -90 : -180,
  max: name === 'lat' ? 90 : 180,
})

export const REGIONS = options([
  ['asia', '亚洲', 'Asia'],
  ['europe', '欧洲', 'Europe'],
  ['africa', '非洲', 'Africa'],
  ['north-america', '北美洲', 'North America'],
  ['latin-america', '拉丁美洲', 'Latin America'],
  ['oceania', '大洋洲', 'Oceania'],
])

export const Countries: CollectionConfig = publishable({
  slug: 'countries',
  labels: { singular: label('国家/地区', 'Country'), plural: label('国家/地区', 'Countries') },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameEn', 'isoCode', 'region', '_status'],
  },
  defaultSort: 'isoCode',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          unique: true,
          maxLength: 40,
          label: label('中文名称', 'Chinese name'),
        },
        {
          name: 'nameEn',
          type: 'text',
          required: true,
          maxLength: 80,
          label: label('英文名称', 'English name'),
        },
        {
          name: 'isoCode',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: label('ISO 3166-1 代码', 'ISO 3166-1 alpha-2'),
          validate: (value: string | null | undefined) =>
            value && /^[A-Z]{2}$/.test(value) ? true : 'ISO 代码须为两位大写字母，如 SG',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'select',
          required: true,
          index: true,
          label: label('所属大洲/地区', 'Region'),
          options: REGIONS,
        },
        {
          name: 'beltAndRoad',
          type: 'checkbox',
          defaultValue: false,
          label: label('共建“一带一路”国家', 'Belt and Road partner'),
        },
      ],
    },
    {
      name: 'capital',
      type: 'group',
      label: label('首都', 'Capital'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('名称', 'Name') },
            coordinate('lat'),
            coordinate('lng'),
          ],
        },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('国家概况', 'Overview') },
    {
      name: 'investmentEnvironment',
      type: 'richText',
      label: label('投资环境', 'Investment environment'),
    },
    {
      name: 'servicePoints',
      type: 'array',
      label: label('海外服务站点', 'Overseas service points'),
      labels: {
        singular: label('服务站点', 'Service point'),
        plural: label('服务站点', 'Service points'),
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: label('站点名称', 'Name') },
        { name: 'address', type: 'text', label: label('地址', 'Address') },
        { name: 'contact', type: 'text', label: label('联系方式（对外公开）', 'Public contact') },
        { type: 'row', fields: [coordinate('lat'), coordinate('lng')] },
      ],
    },
  ],
})
