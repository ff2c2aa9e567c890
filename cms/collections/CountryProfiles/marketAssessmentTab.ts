// 数字市场评估 (module 9): numeric indicators (value, year, source) for cross-country comparison.
import type { Tab } from 'payload'
import { MARKET_INDICATORS } from '../../../contracts/marketIndicators.ts'
import { indicatorField } from '../../fields/indicator.ts'
import { label } from '../../lib/label.ts'

export const marketAssessmentTab: Tab = {
  name: 'market',
  label: label('数字市场评估', 'Market assessment'),
  fields: [
    // The indicators the portal compares across countries (contracts/marketIndicators.ts).
    ...MARKET_INDICATORS.map(({ key, title, en, unit }) =>
      indicatorField(key, label(title, en), unit),
    ),
    {
      name: 'consumption',
      type: 'array',
      dbName: 'cp_consumption',
      label: label('消费结构', 'Consumption structure'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'category', type: 'text', required: true, label: label('类别', 'Category') },
            {
              name: 'share',
              type: 'number',
              required: true,
              min: 0,
              max: 100,
              label: label('占比（%）', 'Share (%)'),
            },
            { name: 'year', type: 'number', label: label('年份', 'Year') },
          ],
        },
      ],
    },
    {
      name: 'geoCulturalAdvantages',
      type: 'textarea',
      label: label('地缘与文化优势', 'Geo-cultural advantages'),
    },
  ],
}
