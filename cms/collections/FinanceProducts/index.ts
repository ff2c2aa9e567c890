// 金融支持: cross-border finance products (loans, insurance, guarantees, settlement, hedging).
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const FINANCE_PRODUCT_TYPES = options([
  ['loan', '跨境贷款', 'Cross-border loan'],
  ['trade-finance', '贸易融资', 'Trade finance'],
  ['guarantee', '保函担保', 'Guarantee'],
  ['insurance', '出口信用保险', 'Export credit insurance'],
  ['settlement', '跨境结算', 'Cross-border settlement'],
  ['hedging', '汇率避险', 'FX hedging'],
])

export const FinanceProducts: CollectionConfig = publishable({
  slug: 'finance-products',
  labels: {
    singular: label('金融产品', 'Finance product'),
    plural: label('金融支持', 'Finance products'),
  },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'name',
    defaultColumns: ['name', 'institution', 'productType', '_status'],
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('产品名称', 'Name'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'institution',
          type: 'text',
          required: true,
          index: true,
          label: label('金融机构', 'Institution'),
        },
        {
          name: 'productType',
          type: 'select',
          required: true,
          index: true,
          label: label('产品类型', 'Type'),
          options: FINANCE_PRODUCT_TYPES,
        },
        { name: 'currencies', type: 'text', label: label('币种', 'Currencies') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'amountRange', type: 'text', label: label('额度范围', 'Amount range') },
        { name: 'term', type: 'text', label: label('期限', 'Term') },
        { name: 'rate', type: 'text', label: label('利率/费率说明', 'Rate') },
      ],
    },
    { name: 'targetCustomers', type: 'textarea', label: label('适用对象', 'Eligible customers') },
    { name: 'features', type: 'textarea', label: label('产品特点', 'Features') },
    { name: 'applyUrl', type: 'text', label: label('申请入口', 'Apply link') },
    { name: 'description', type: 'richText', label: label('详细说明', 'Details') },
  ],
})
