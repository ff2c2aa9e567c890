// The demo's tags and topics (the columns are in columns.ts).

export const TAGS = [
  'RCEP',
  '境外投资',
  '跨境电商',
  '合规经营',
  '知识产权',
  '数字贸易',
  '绿色发展',
  '东盟',
  '中东',
  '欧盟',
  '非洲',
  '拉美',
  '出口信保',
  '海外仓',
  '人民币国际化',
]

/** The first this many tags are subjects (主题), the rest regions (区域). */
export const SUBJECT_TAGS = 7

export const TOPICS = [
  {
    slug: 'rcep',
    title: 'RCEP 专题',
    summary: '区域全面经济伙伴关系协定规则解读、实务指引与企业案例。',
  },
  {
    slug: 'belt-and-road-10',
    title: '共建“一带一路”高质量发展',
    summary: '共建“一带一路”合作成果与企业参与机会。',
  },
  {
    slug: 'compliance',
    title: '境外合规经营',
    summary: '境外投资经营中的法律、税务、数据与劳工合规。',
  },
  { slug: 'digital-trade', title: '数字贸易', summary: '数字贸易规则、平台与市场机会。' },
]
