// Generated country digital profiles: plausible indicators scaled from the country's GDP, marked as demo data.
import type { CountrySeed } from './countries.ts'
import { richText } from './lexical.ts'
import type { Random } from './random.ts'

const SOURCE = '演示数据（非真实统计）'

/** Value of an indicator with its year and source. */
type Indicator = (value: number) => { value: number; year: number; source: string }

/** Well-developed digital economies get higher demo figures. */
const isAdvanced = (country: CountrySeed) =>
  country.gdp > 15000 || ['SG', 'AE', 'QA', 'NL', 'NZ'].includes(country.iso)

const REGION_NAMES: Record<CountrySeed['region'], string> = {
  asia: '亚洲',
  europe: '欧洲',
  africa: '非洲',
  'north-america': '北美洲',
  'latin-america': '拉丁美洲',
  oceania: '大洋洲',
}

/** Tab 数字法律: three laws with demo dates and two hot issues. */
const digitalLaws = (r: Random, country: CountrySeed) => ({
  overview: richText([
    `${country.name}近年来持续完善数字经济法律框架，在数据保护、电子商务和网络安全等领域出台了一系列法律法规。`,
  ]),
  laws: [
    {
      title: `${country.name}个人数据保护法`,
      field: '数据保护',
      issuedAt: new Date(Date.UTC(r.int(2012, 2024), r.int(0, 11), 1)).toISOString(),
      summary: '规定个人数据处理的合法性基础、数据主体权利和跨境传输条件。',
    },
    {
      title: `${country.name}电子交易法`,
      field: '电子商务',
      issuedAt: new Date(Date.UTC(r.int(2005, 2020), r.int(0, 11), 1)).toISOString(),
      summary: '确认电子合同和电子签名的法律效力，规范网络交易平台责任。',
    },
    {
      title: `${country.name}网络安全法`,
      field: '网络安全',
      issuedAt: new Date(Date.UTC(r.int(2015, 2024), r.int(0, 11), 1)).toISOString(),
      summary: '明确关键信息基础设施保护义务和网络安全事件报告要求。',
    },
  ],
  hotIssues: [
    {
      title: '数据本地化与跨境传输',
      analysis: '部分行业数据须在境内存储，跨境传输需履行评估或备案程序。',
    },
    {
      title: '数字服务税',
      analysis: `${country.name}${r.pick(['已开征', '正在研究', '暂未开征'])}数字服务税，企业需关注税负影响。`,
    },
  ],
})

/** Tab 市场评估: indicators scaled from GDP, consumption shares, the country's advantages. */
const market = (
  r: Random,
  country: CountrySeed,
  year: number,
  indicator: Indicator,
  digitalShare: number,
) => {
  const advanced = isAdvanced(country)
  return {
    gdp: indicator(country.gdp),
    digitalEconomy: indicator(Math.round((country.gdp * digitalShare) / 100)),
    internetPenetration: indicator(r.float(advanced ? 85 : 45, advanced ? 99 : 85)),
    ecommerceRetail: indicator(Math.round(country.gdp * r.float(0.01, 0.06, 3))),
    securityIndex: indicator(r.float(advanced ? 70 : 35, advanced ? 98 : 75)),
    digitalTalent: indicator(r.float(advanced ? 60 : 25, advanced ? 95 : 65)),
    consumption: [
      { category: '食品饮料', share: r.float(15, 35), year },
      { category: '居住', share: r.float(12, 25), year },
      { category: '交通通信', share: r.float(8, 18), year },
      { category: '教育文娱', share: r.float(5, 15), year },
    ],
    geoCulturalAdvantages: `${country.name}地处${REGION_NAMES[country.region]}，${r.pick(['区位优势明显，辐射周边市场', '人口结构年轻，消费潜力较大', '营商环境较为成熟，法律体系完善', '与我国人文交流密切，华人华侨较多'])}。`,
  }
}

/** Tab 数字贸易: digital exports and imports, partners, investment directions. */
const trade = (r: Random, country: CountrySeed, year: number) => ({
  exports: ['ICT 服务', '数字内容', '电子产品'].map((category) => ({
    category,
    valueUsdMillion: Math.round(country.gdp * r.float(0.5, 3)),
    year,
  })),
  imports: ['ICT 服务', '软件与云服务', '电子产品'].map((category) => ({
    category,
    valueUsdMillion: Math.round(country.gdp * r.float(0.5, 3)),
    year,
  })),
  partners: [
    { partner: '中国', share: r.float(8, 30) },
    { partner: r.pick(['美国', '欧盟', '日本', '东盟']), share: r.float(5, 20) },
  ],
  investmentDirections: [
    {
      sector: r.pick(['数据中心', '电子商务平台', '金融科技', '智慧城市']),
      description: '市场需求旺盛，当地政府出台专项支持政策。',
    },
    {
      sector: r.pick(['5G 网络建设', '新能源与储能', '智能制造', '数字物流']),
      description: '与我国企业优势领域契合度较高。',
    },
  ],
})

/** Tab 合作机制: openness, regulation, compliance rules, bilateral mechanisms. */
const cooperation = (r: Random, country: CountrySeed, indicator: Indicator) => ({
  openness: indicator(r.float(40, 95)),
  regulation: `${country.name}数字领域监管${r.pick(['较为宽松，以行业自律为主', '日趋严格，重点关注数据安全', '处于快速完善阶段'])}，外资准入总体${r.pick(['开放', '有限制', '分行业管理'])}。`,
  complianceRules: [
    { title: '外资准入审查', detail: '部分数字基础设施和媒体领域外资须经审查。' },
    { title: '数据合规', detail: '收集处理当地个人数据须取得同意并任命数据保护负责人。' },
  ],
  mechanisms: [
    {
      name: country.beltAndRoad ? '共建“一带一路”合作谅解备忘录' : '双边经贸联委会',
      since: r.int(2013, 2023),
      description: '双方在贸易投资、数字经济等领域开展机制化合作。',
    },
  ],
})

/** One country's digital profile; draws from `r` in a fixed order, so a seed always gives the same profile. */
export function countryProfile(r: Random, country: CountrySeed, year: number) {
  const indicator: Indicator = (value) => ({ value, year, source: SOURCE })
  const advanced = isAdvanced(country)
  const digitalShare = r.float(advanced ? 35 : 12, advanced ? 60 : 35)
  return {
    title: `${country.name}数字经济国别专栏`,
    demoData: true,
    digitalLaws: digitalLaws(r, country),
    market: market(r, country, year, indicator, digitalShare),
    trade: trade(r, country, year),
    cooperation: cooperation(r, country, indicator),
  }
}
