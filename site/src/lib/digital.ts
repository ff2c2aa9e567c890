// The four 数字专栏 and the indicators each compares across countries.
export type DigitalSectionKey = 'laws' | 'market' | 'trade' | 'cooperation'

export const DIGITAL_SECTIONS: { key: DigitalSectionKey; title: string; description: string }[] = [
  {
    key: 'laws',
    title: '数字法律政策导航',
    description: '各国数据、网络安全、电子商务等数字领域法律法规与热点问题解读。',
  },
  {
    key: 'market',
    title: '数字市场评估',
    description: '经济规模、数字经济、互联网普及、电商与人才等指标的国别比较。',
  },
  {
    key: 'trade',
    title: '数字贸易与投资',
    description: '数字产品与服务进出口结构、主要贸易伙伴与投资方向。',
  },
  {
    key: 'cooperation',
    title: '数字合作与市场准入',
    description: '数字市场开放度、监管环境、合规要点与双边合作机制。',
  },
]

export const sectionByKey = (key: string) =>
  DIGITAL_SECTIONS.find((section) => section.key === key)!

/** Market indicators of CountryProfile.market, with their units (declared for both sides in contracts/). */
export { MARKET_INDICATORS } from '../../../contracts/marketIndicators.ts'
