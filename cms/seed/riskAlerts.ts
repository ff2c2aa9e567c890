// Generated risk alerts across levels, risk types and issuers, some already expired.
import type { CountrySeed } from './countries.ts'
import { richText } from './lexical.ts'
import type { Random } from './random.ts'

const DAY = 86_400_000

const TITLES_BY_RISK_TYPE = {
  security: ['提醒在{c}中国公民和企业加强安全防范', '提醒中资企业关注{c}近期社会治安形势'],
  notice: ['关于{c}调整入境签证政策的重要通知', '关于{c}外汇管制措施调整的通知'],
  disaster: ['{c}部分地区发生强降雨引发洪涝灾害', '{c}发生地震，提醒中资企业做好防范'],
  emergency: ['{c}部分城市发生罢工游行活动', '{c}主要港口因突发事件暂停作业'],
} as const

export function riskAlert(r: Random, index: number, country: CountrySeed, anchor: Date) {
  const riskType = r.pick(Object.keys(TITLES_BY_RISK_TYPE) as (keyof typeof TITLES_BY_RISK_TYPE)[])
  const issuer = r.pick(['ministry', 'embassy', 'media'] as const)
  const expired = index % 5 === 0
  const validFrom = new Date(anchor.getTime() - r.int(expired ? 30 : 0, 120) * DAY)
  return {
    title: r.pick(TITLES_BY_RISK_TYPE[riskType]).replace('{c}', country.name),
    level: r.pick(['red', 'orange', 'yellow', 'yellow', 'blue', 'blue'] as const),
    riskType,
    issuer,
    issuerName: {
      ministry: r.pick(['外交部', '商务部']),
      embassy: `中国驻${country.name}使馆经商处`,
      media: r.pick(['新华社', '人民日报']),
    }[issuer],
    validFrom: validFrom.toISOString(),
    validTo: expired
      ? new Date(anchor.getTime() - r.int(1, 20) * DAY).toISOString()
      : new Date(anchor.getTime() + r.int(10, 90) * DAY).toISOString(),
    publishedAt: validFrom.toISOString(),
    summary: `${country.name}近期相关情况可能对在当地的中国公民和企业造成影响，请密切关注并做好防范。`,
    body: richText([
      `据${country.name}当地媒体报道及使领馆通报，近期当地发生相关事件，存在一定安全风险。`,
      '提醒在当地的中资企业和人员：密切关注当地政府发布的信息，避免前往人员密集场所，做好应急预案。',
      '如遇紧急情况，请及时报警并与中国驻当地使领馆联系。',
    ]),
  }
}
