// Generated articles: titles and bodies in the style of each column.
import type { CountrySeed } from './countries.ts'
import { richText } from './lexical.ts'
import * as p from './phrases.ts'
import type { Random } from './random.ts'

export type ArticleDraft = {
  title: string
  summary: string
  body: ReturnType<typeof richText>
  source: string
  author: string
}

const titleByColumn: Record<string, (r: Random, country: CountrySeed, year: number) => string> = {
  policy: (r) =>
    `${r.pick(p.ISSUERS)}关于${r.pick(p.POLICY_ACTIONS)}${r.pick(p.POLICY_SUBJECTS)}${r.pick(p.DOC_TYPES)}`,
  work: (r, _c, year) => `${r.pick(p.ORGS)}举办${year}年${r.pick(p.EVENTS)}`,
  info: (r, c) => `${c.name}${r.pick(p.ECON_EVENTS)}`,
  cooperation: (r, c) => `中国—${c.name}${r.pick(p.INDUSTRIES)}领域合作项目签约落地`,
  interpretation: (r) => `一图读懂：共建“一带一路”背景下${r.pick(p.POLICY_SUBJECTS)}要点`,
  'finance-news': (r) =>
    `${r.pick(p.BANKS)}推出${r.pick(['跨境融资', '出口信保融资', '海外项目贷款', '汇率避险', '跨境人民币结算'])}新举措助力企业出海`,
  'service-news': (r, c) =>
    `实务指引：企业赴${c.name}投资的${r.pick(['法律', '税务', '劳工', '知识产权', '数据合规'])}风险与应对`,
  'regional-news': (r, c) => `${c.name}${r.pick(p.INDUSTRIES)}市场观察：机遇与挑战并存`,
  notices: (r, _c, year) =>
    `关于开展${year}年${r.pick(['企业出海需求调研', '境外投资项目申报', '国际展会补贴申报', '服务机构入库遴选'])}工作的通知`,
}

export function generateArticle(
  r: Random,
  column: string,
  country: CountrySeed,
  year: number,
): ArticleDraft {
  const title = (titleByColumn[column] ?? titleByColumn.info!)(r, country, year)
  const paragraphs = r.some(p.SENTENCES, 4, 7)
  const countryLine = `${country.name}（${country.nameEn}）是${country.beltAndRoad ? '共建“一带一路”国家' : '我国重要经贸伙伴'}，${r.pick(p.INDUSTRIES)}和${r.pick(p.INDUSTRIES)}是当前中资企业关注的重点领域。`
  paragraphs.splice(1, 0, countryLine)
  return {
    title,
    summary: `${paragraphs[0]}`.slice(0, 120),
    body: richText(paragraphs.map((text, i) => (i === 2 ? { heading: '主要内容', text } : text))),
    source: r.pick(p.SOURCES),
    author: r.pick(p.AUTHORS),
  }
}
