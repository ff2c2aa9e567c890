// Current political and administrative vocabulary that jieba's dictionary (lexicon.ts) lacks or holds too
// rarely: without it the typo check reads 抗疫 as a slip of 抗议 and 发力 of 发动. Words of 1–4 characters
// (the lexicon's reach), by theme. Sources: the government work reports 2021–2025, the report to the 20th
// National Congress (2022), the decision of the third plenary session of the 20th Central Committee (2024),
// the foreign ministry's short forms of bilateral relations — official documents, not subject to copyright
// (著作权法第五条); compiled for Haiqiao (Apache-2.0). See data/README.md.

const THEMES: Record<string, string[]> = {
  疫情防控: [
    '抗疫', '疫情防控', '动态清零', '精准防控', '联防联控', '群防群治', '核酸检测', '疫苗接种', '复工复产', '乙类乙管', '常态化',
  ],
  经济发展: [
    '发力', '双循环', '内循环', '大循环', '六稳', '六保', '稳增长', '稳就业', '稳外贸', '稳外资', '市场主体', '经营主体', '放管服',
    '减税降费', '留抵退税', '惠企', '利企', '助企', '纾困', '专项债', '专精特新', '小巨人', '新质', '新基建', '数字经济', '平台经济', '共同富裕', '碳达峰', '碳中和',
    '双碳', '能耗双控', '降本增效', '提质增效', '营商环境', '一网通办', '一网统管', '跨省通办', '接诉即办', '扩内需', '促消费',
    '以旧换新', '两新', '两重', '内卷式', '县域经济', '首发经济', '银发经济', '低空经济', '冰雪经济', '数实融合',
    '东数西算', '链长制', '河长制', '林长制', '湖长制', '田长制', '数字化', '数智', '赋能', '证照分离', '一业一证', '多规合一',
    '稳预期', '强信心', '提质升级', '数据要素', '以新促新', '民营经济', '化债', '防风险', '地方债务', '放心消费', '亲清',
    '一件事', '高效办成', '一网协同', '浙里办', '随申办', '粤省事',
  ],
  党的建设: [
    '二十大', '二十届', '十九大', '十九届', '三中全会', '四中全会', '五中全会', '两个确立', '两个维护', '四个意识', '四个自信',
    '两个结合', '主题教育', '党纪学习', '从严治党', '八项规定', '四风', '第一议题', '三会一课', '以案促改', '清廉建设', '政治生态',
    '党建引领',
  ],
  民生治理: [
    '乡村振兴', '脱贫攻坚', '防止返贫', '和美乡村', '千万工程', '网格化', '枫桥经验', '平安建设', '扫黑除恶', '一老一小', '托育',
    '医共体', '集采', '双减', '课后服务', '城中村', '保交楼', '平急两用', '新市民', '灵活就业', '稳岗', '藏粮于地',
    '藏粮于技', '因城施策', '一城一策', '好房子', '三大工程', '带量采购', '兜底线', '保民生', '惠民生', '暖民心', '急难愁盼',
    '获得感', '纠治', '问责', '挂牌督办', '容错纠错', '担当作为',
  ],
  国家安全与发展: ['底线思维', '极限思维', '新征程', '新时代', '十四五', '十五五', '两会', '两高', '中国式'],
  对外交往: [
    '一带一路', '共商共建', '金砖国家', '上合组织', '进博会', '广交会', '服贸会', '消博会', '中柬', '中老', '中越', '中缅',
    '中泰', '中巴', '中哈', '中吉', '中塔', '中乌', '中蒙', '中俄', '中欧', '中非', '中阿', '中拉', '中新', '中马', '中菲',
    '中印尼', '中沙', '中埃', '中塞', '中葡', '走出去', '境外投资', '跨境电商', '海外仓', '中欧班列', '数据出境',
  ],
}

/** Every word of the official vocabulary, with the theme it is listed under. */
export const OFFICIAL_VOCABULARY: { word: string; theme: string }[] = Object.entries(THEMES).flatMap(
  ([theme, words]) => words.map((word) => ({ word, theme })),
)
