// 数字贸易与投资分析 (module 10): import/export structure, partners, investment directions.
import type { ArrayField, Tab } from 'payload'
import { label, type Label } from '../../lib/label.ts'

const tradeStructure = (name: string, title: Label): ArrayField => ({
  name,
  type: 'array',
  dbName: `cp_${name}`,
  label: title,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'text', required: true, label: label('类别', 'Category') },
        {
          name: 'valueUsdMillion',
          type: 'number',
          min: 0,
          label: label('金额（百万美元）', 'Value (USD million)'),
        },
        { name: 'year', type: 'number', label: label('年份', 'Year') },
      ],
    },
  ],
})

export const digitalTradeTab: Tab = {
  name: 'trade',
  label: label('数字贸易与投资', 'Digital trade & investment'),
  fields: [
    tradeStructure('exports', label('数字产品与服务出口结构', 'Digital exports')),
    tradeStructure('imports', label('数字产品与服务进口结构', 'Digital imports')),
    {
      name: 'partners',
      type: 'array',
      dbName: 'cp_partners',
      label: label('主要贸易伙伴', 'Main partners'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'partner', type: 'text', required: true, label: label('伙伴', 'Partner') },
            {
              name: 'share',
              type: 'number',
              min: 0,
              max: 100,
              label: label('占比（%）', 'Share (%)'),
            },
          ],
        },
      ],
    },
    {
      name: 'investmentDirections',
      type: 'array',
      dbName: 'cp_invest_directions',
      label: label('投资方向', 'Investment directions'),
      fields: [
        { name: 'sector', type: 'text', required: true, label: label('领域', 'Sector') },
        { name: 'description', type: 'textarea', label: label('说明', 'Description') },
      ],
    },
  ],
}
