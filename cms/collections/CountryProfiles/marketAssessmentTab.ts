// 数字市场评估 (module 9): numeric indicators (value, year, source) for cross-country comparison.
import type { Tab } from 'payload'
import { indicatorField } from '../../fields/indicator.ts'
import { label } from '../../lib/label.ts'

export const marketAssessmentTab: Tab = {
  name: 'market',
  label: label('数字市场评估', 'Market assessment'),
  fields: [
    indicatorField('gdp', label('经济规模（GDP）', 'GDP'), '亿美元'),
    indicatorField('digitalEconomy', label('数字经济规模', 'Digital economy size'), '亿美元'),
    indicatorField('internetPenetration', label('互联网普及率', 'Internet penetration'), '%'),
    indicatorField('ecommerceRetail', label('网络零售额', 'E-commerce retail sales'), '亿美元'),
    indicatorField('securityIndex', label('网络安全指数', 'Cyber security index'), '0–100'),
    indicatorField('digitalTalent', label('数字人才指数', 'Digital talent index'), '0–100'),
    {
      name: 'consumption',
      type: 'array',
      dbName: 'cp_consumption',
      label: label('消费结构', 'Consumption structure'),
      fields: [
        { type: 'row', fields: [
          { name: 'category', type: 'text', required: true, label: label('类别', 'Category') },
          { name: 'share', type: 'number', required: true, min: 0, max: 100, label: label('占比（%）', 'Share (%)') },
          { name: 'year', type: 'number', label: label('年份', 'Year') },
        ] },
      ],
    },
    { name: 'geoCulturalAdvantages', type: 'textarea', label: label('地缘与文化优势', 'Geo-cultural advantages') },
  ],
}
