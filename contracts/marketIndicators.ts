// The 数字市场评估 indicators a country profile holds (CountryProfile.market) and the portal compares across
// countries: field name, Chinese and English title, unit. The CMS builds the fields from this list.
export const MARKET_INDICATORS = [
  { key: 'gdp', title: '经济规模（GDP）', en: 'GDP', unit: '亿美元' },
  { key: 'digitalEconomy', title: '数字经济规模', en: 'Digital economy size', unit: '亿美元' },
  { key: 'internetPenetration', title: '互联网普及率', en: 'Internet penetration', unit: '%' },
  { key: 'ecommerceRetail', title: '网络零售额', en: 'E-commerce retail sales', unit: '亿美元' },
  { key: 'securityIndex', title: '网络安全指数', en: 'Cyber security index', unit: '0–100' },
  { key: 'digitalTalent', title: '数字人才指数', en: 'Digital talent index', unit: '0–100' },
] as const

export type MarketIndicatorKey = (typeof MARKET_INDICATORS)[number]['key']
