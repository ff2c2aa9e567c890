// Generated 走出去 services: service guides, trainings, providers, finance products, projects.
import { richText } from './lexical.ts'
import * as p from './phrases.ts'
import type { Random } from './random.ts'

const DAY = 86_400_000

/** [matter, responsible department, code] — real 走出去 matters handled by Shanghai and national bodies. */
export const MATTERS: [string, string][] = [
  ['境外投资项目备案（非敏感类）', '市发展改革委'],
  ['境外投资企业（机构）备案', '市商务委'],
  ['境外直接投资外汇登记', '国家外汇管理局上海市分局'],
  ['对外承包工程项目备案', '市商务委'],
  ['对外劳务合作经营资格核准', '市商务委'],
  ['对外贸易经营者备案登记', '市商务委'],
  ['原产地证书签发', '上海海关'],
  ['RCEP 原产地证书申领', '市贸促会'],
  ['ATA 单证册办理', '市贸促会'],
  ['商事证明书签发', '市贸促会'],
  ['出口退（免）税备案', '国家税务总局上海市税务局'],
  ['跨境人民币结算业务办理', '中国人民银行上海总部'],
  ['出口信用保险投保', '中国出口信用保险公司上海分公司'],
  ['境外参展项目资金支持申报', '市商务委'],
  ['海外知识产权纠纷应对指导', '市知识产权局'],
  ['外派劳务人员服务备案', '市商务委'],
  ['驻外商务代表机构设立指引', '市商务委'],
  ['境外经贸合作区确认考核申报', '市商务委'],
  ['因公出国（境）商务团组审批', '市外办'],
  ['APEC 商务旅行卡申办', '市外办'],
  ['境外投资项目报告', '市商务委'],
  ['中小企业国际市场开拓资金申报', '市商务委'],
]

const steps = (r: Random, department: string) => [
  {
    title: '在线预约与咨询',
    description: '通过平台“我要办事”栏目了解办理条件，可先行在线咨询或预约窗口服务。',
    department,
    timeLimit: '即时',
  },
  {
    title: '准备并提交材料',
    description: '按清单准备申请材料，登录一网通办提交电子材料。',
    materials: '申请表；营业执照；项目情况说明；相关证明文件',
    department,
    timeLimit: '1 个工作日',
  },
  {
    title: '部门审核',
    description: '主管部门对材料进行形式审查和实质审核，必要时通知补正。',
    department,
    timeLimit: `${r.int(3, 15)} 个工作日`,
  },
  {
    title: '领取结果',
    description: '审核通过后可在线下载电子证照，或到窗口领取纸质文书。',
    department,
    timeLimit: '即时',
  },
]

export function serviceGuide(r: Random, index: number) {
  const [title, department] = MATTERS[index % MATTERS.length]!
  return {
    title,
    slug: `matter-${String(index + 1).padStart(3, '0')}`,
    matterCode: `310000-ZCQ-${String(1001 + index)}`,
    department,
    order: index,
    summary: `本事项由${department}负责办理，面向有“走出去”需求的本市企业，全程网办，材料齐全的可在承诺时限内办结。`,
    onlineEntryUrl: 'https://zwdt.sh.gov.cn/',
    steps: steps(r, department),
    faq: [
      { question: '办理该事项是否收费？', answer: '不收费。' },
      {
        question: '材料不齐全怎么办？',
        answer: '系统将一次性告知需补正的材料，补正后重新计算办理时限。',
      },
    ],
  }
}

export function training(r: Random, index: number, anchor: Date) {
  const organiserType = r.pick([
    'commerce',
    'commission',
    'district',
    'hongqiao',
    'service-org',
  ] as const)
  const organiser = {
    commerce: '上海市商务委员会',
    commission: r.pick(['市发展改革委', '市经济信息化委', '市知识产权局', '上海海关']),
    district: r.pick(['浦东新区商务委', '闵行区商务委', '徐汇区商务委', '嘉定区商务委']),
    hongqiao: r.pick(['虹桥国际中央商务区管委会', '虹桥海外贸易中心']),
    'service-org': `${r.pick(p.NAME_STEMS)}${r.pick(['律师事务所', '会计师事务所', '咨询有限公司'])}`,
  }[organiserType]
  const start = new Date(anchor.getTime() + (index - 10) * 3 * DAY + r.int(9, 14) * 3_600_000)
  const online = r.chance(0.3)
  return {
    title: `${r.pick(['RCEP 规则应用', '境外投资合规', '跨境电商运营', '海外知识产权布局', '出口信用保险实务', '中东市场开拓', '东盟市场准入', '欧盟数据合规', '对外承包工程风险管理', '跨境人民币结算'])}${r.pick(['专题培训', '实务研讨会', '政策宣讲会', '闭门沙龙', '线上讲堂'])}（第${index + 1}期）`,
    organiserType,
    organiser,
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + r.pick([2, 3, 4, 6]) * 3_600_000).toISOString(),
    registrationDeadline: new Date(start.getTime() - 2 * DAY).toISOString(),
    place: online
      ? '线上直播'
      : r.pick([
          '上海市商务委员会 3 楼报告厅',
          '虹桥海外贸易中心多功能厅',
          '浦东新区企业服务中心',
          '临港新片区国际会议中心',
        ]),
    online,
    capacity: r.pick([50, 80, 100, 150, 200, 300]),
    summary:
      '邀请政府部门、专业服务机构和出海企业代表，围绕政策要点、实务操作和典型案例进行讲解与交流。',
    body: richText([
      '一、活动内容：政策解读、实务讲解、案例分享与互动答疑。',
      '二、参加对象：有“走出去”需求的本市企业相关负责人。',
      '三、报名方式：通过平台在线报名，名额有限，额满即止。',
    ]),
  }
}

export function provider(r: Random, index: number) {
  const category = r.pick(Object.keys(p.PROVIDER_SUFFIXES) as (keyof typeof p.PROVIDER_SUFFIXES)[])
  return {
    name: `上海${p.NAME_STEMS[index % p.NAME_STEMS.length]}${r.pick(p.PROVIDER_SUFFIXES[category]!)}${index >= p.NAME_STEMS.length ? `（${Math.floor(index / p.NAME_STEMS.length) + 1}）` : ''}`,
    category,
    city: '上海',
    services: r.pick([
      '境外投资架构设计、尽职调查与交易文件起草',
      '跨境税务筹划、转让定价与海外审计',
      '国际市场调研、项目可行性研究与落地咨询',
      '产品国际认证、检测与合规咨询',
      '国际海运空运、海外仓与跨境供应链服务',
      '海外雇佣、外派人员社保与薪酬合规',
      '海外商标专利布局与纠纷应对',
    ]),
    address: `上海市${r.pick(['浦东新区世纪大道', '黄浦区南京东路', '静安区南京西路', '长宁区虹桥路', '徐汇区漕溪北路'])}${r.int(1, 1999)}号`,
    publicPhone: `021-${r.int(5000, 6999)}${String(r.int(0, 9999)).padStart(4, '0')}`,
  }
}

export function financeProduct(r: Random, index: number) {
  const productType = r.pick([
    'loan',
    'trade-finance',
    'guarantee',
    'insurance',
    'settlement',
    'hedging',
  ] as const)
  const names = {
    loan: '境外项目贷款',
    'trade-finance': '出口订单融资',
    guarantee: '海外工程保函',
    insurance: '短期出口信用保险',
    settlement: '跨境人民币结算通',
    hedging: '远期结售汇',
  }
  return {
    name: `${names[productType]}${['', '·优享版', '·普惠版', '·专项版'][index % 4]}`,
    institution: p.BANKS[index % p.BANKS.length]!,
    productType,
    currencies: r.pick(['人民币、美元', '人民币、美元、欧元', '多币种']),
    amountRange: r.pick(['100 万元—5000 万元', '最高 1 亿元', '按项目核定']),
    term: r.pick(['1 年以内', '1—3 年', '最长 10 年']),
    rate: r.pick(['参考 LPR 协商确定', '费率 0.1%—0.5%', '按市场报价']),
    targetCustomers: '在本市注册、有进出口实绩或境外投资项目的企业，中小微企业优先。',
    features: '线上申请、快速审批，可与出口信用保险、政府性融资担保组合使用。',
  }
}

export function project(r: Random, index: number, anchor: Date) {
  const industry = r.pick(p.INDUSTRIES)
  return {
    title: `${industry}${r.pick(['海外生产基地合作', '境外销售渠道拓展', '技术合作伙伴招募', '工程总承包合作', '海外仓共建'])}项目`,
    cooperationType: r.pick([
      'investment',
      'trade',
      'engineering',
      'technology',
      'service',
    ] as const),
    industry,
    stage: r.pick(['open', 'open', 'negotiating', 'matched', 'closed'] as const),
    enterprise: `上海${r.pick(p.NAME_STEMS)}${r.pick(['科技', '实业', '贸易', '新能源', '智能装备'])}有限公司`,
    amountWanYuan: r.int(50, 50000),
    validUntil: new Date(anchor.getTime() + r.int(30, 365) * DAY).toISOString(),
    summary: `项目方拟寻找${r.pick(['境外合作伙伴', '投资方', '分销商', 'EPC 联合体伙伴'])}，在${industry}领域开展合作，欢迎有意向的企业和机构对接。`,
    body: richText([
      '一、项目背景',
      '二、合作需求',
      '三、合作方式：股权合作、技术许可或联合投标等，具体面议。',
    ]),
  }
}
