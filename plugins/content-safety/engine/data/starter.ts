// The dictionary a new installation starts with (loaded by ensureStarterDictionary; entries already present
// by word are left as the administrators changed them). Sources and licences: see data/README.md. Names of
// serving and former leaders are not shipped: each agency loads its own current list (导入).
import type { DictionaryRow } from '../types.ts'
import { ALLOW_WORDS, STARTER_WORDS } from './starterWords.ts'

type Starter = DictionaryRow & { source: string }

const HAIQIAO = '海桥起步词库（Apache-2.0）'
const REFORM = '海桥起步词库：依据2018年、2023年国务院机构改革方案整理（Apache-2.0）'

/** Common misspellings (wrong → right): always wrong, whatever the context. */
const TYPOS: [string, string][] = [
  ['按装', '安装'], ['再接再励', '再接再厉'], ['一愁莫展', '一筹莫展'], ['迫不急待', '迫不及待'], ['甘败下风', '甘拜下风'],
  ['谈笑风声', '谈笑风生'], ['走头无路', '走投无路'], ['默守成规', '墨守成规'], ['直接了当', '直截了当'], ['貌和神离', '貌合神离'],
  ['出奇不意', '出其不意'], ['美仑美奂', '美轮美奂'], ['一股作气', '一鼓作气'], ['破斧沉舟', '破釜沉舟'], ['穿流不息', '川流不息'],
  ['丰功伟迹', '丰功伟绩'], ['食不裹腹', '食不果腹'], ['针贬时弊', '针砭时弊'], ['金榜提名', '金榜题名'], ['精兵减政', '精兵简政'],
  ['变本加利', '变本加厉'], ['世外桃园', '世外桃源'], ['流览', '浏览'], ['松驰', '松弛'], ['部暑', '部署'], ['编缉', '编辑'],
  ['必竟', '毕竟'], ['坐阵', '坐镇'], ['震憾', '震撼'], ['安祥', '安详'], ['脉博', '脉搏'], ['寒喧', '寒暄'], ['膺品', '赝品'],
  ['九宵', '九霄'], ['气慨', '气概'], ['幅射', '辐射'], ['国藉', '国籍'], ['防碍', '妨碍'], ['渲泄', '宣泄'], ['一如继往', '一如既往'],
  ['既往不究', '既往不咎'], ['不径而走', '不胫而走'], ['攻府', '政府'], ['既使', '即使'], ['以经', '已经'], ['做为', '作为'],
  ['截止目前', '截至目前'], ['凑和', '凑合'], ['暴燥', '暴躁'],
]

/** Official names and fixed formulations: a near-miss of one of these is always blocked. */
const PROTECTED: [string, string][] = [
  ['中华人民共和国', '国名'], ['中国共产党', '党和国家机构'], ['全国人民代表大会', '党和国家机构'], ['全国人民代表大会常务委员会', '党和国家机构'],
  ['中国人民政治协商会议', '党和国家机构'], ['国务院', '党和国家机构'], ['中央军事委员会', '党和国家机构'], ['最高人民法院', '党和国家机构'],
  ['最高人民检察院', '党和国家机构'], ['国家监察委员会', '党和国家机构'], ['外交部', '国务院组成部门'], ['商务部', '国务院组成部门'],
  ['国家发展和改革委员会', '国务院组成部门'], ['工业和信息化部', '国务院组成部门'], ['财政部', '国务院组成部门'], ['自然资源部', '国务院组成部门'],
  ['生态环境部', '国务院组成部门'], ['文化和旅游部', '国务院组成部门'], ['中国人民银行', '国务院组成部门'], ['海关总署', '国务院直属机构'],
  ['国家市场监督管理总局', '国务院直属机构'], ['国家金融监督管理总局', '国务院直属机构'], ['国家外汇管理局', '国务院部委管理的国家局'],
  ['国务院国有资产监督管理委员会', '国务院直属特设机构'], ['中国国际贸易促进委员会', '人民团体'], ['上海市人民政府', '地方国家机关'],
  ['上海市人民代表大会', '地方国家机关'], ['上海市商务委员会', '地方国家机关'], ['一带一路', '固定表述'], ['人类命运共同体', '固定表述'],
  ['社会主义核心价值观', '固定表述'], ['中国特色社会主义', '固定表述'], ['全过程人民民主', '固定表述'], ['高质量发展', '固定表述'],
  ['新发展理念', '固定表述'], ['粤港澳大湾区', '固定表述'], ['长江三角洲区域一体化发展', '固定表述'], ['中国国际进口博览会', '固定表述'],
  ['区域全面经济伙伴关系协定', '固定表述'], ['俄罗斯联邦', '外国国名'], ['德意志联邦共和国', '外国国名'], ['法兰西共和国', '外国国名'],
  ['新加坡共和国', '外国国名'], ['越南社会主义共和国', '外国国名'], ['印度尼西亚共和国', '外国国名'], ['沙特阿拉伯王国', '外国国名'], ['阿拉伯联合酋长国', '外国国名'],
]

/** Names of bodies reorganised away (2018, 2023) and outdated formulations → what to write now. */
const OUTDATED: [string, string][] = [
  ['国家工商行政管理总局', '国家市场监督管理总局'], ['国家质量监督检验检疫总局', '国家市场监督管理总局'], ['国家食品药品监督管理总局', '国家市场监督管理总局'],
  ['国土资源部', '自然资源部'], ['环境保护部', '生态环境部'], ['文化部', '文化和旅游部'], ['国家旅游局', '文化和旅游部'],
  ['国家卫生和计划生育委员会', '国家卫生健康委员会'], ['国家卫生计生委', '国家卫生健康委员会'], ['农业部', '农业农村部'], ['监察部', '国家监察委员会'],
  ['国家安全生产监督管理总局', '应急管理部'], ['国家海洋局', '自然资源部'], ['中国银行保险监督管理委员会', '国家金融监督管理总局'],
  ['银保监会', '金融监管总局'], ['中国银行业监督管理委员会', '国家金融监督管理总局'], ['一带一路战略', '一带一路倡议'], ['一带一路计划', '一带一路倡议'],
]

/** Allow-list: longer words that contain a listed one but are fine. */
const ALLOW = ['文化部门', '农业部门', '监察部门', '文化部长级', '农业部长级', ...ALLOW_WORDS]

export const STARTER: Starter[] = [
  ...TYPOS.map(([word, right]): Starter => ({ word, listType: 'typo', category: '常见错别字', level: 'review', replacement: right, source: HAIQIAO })),
  ...PROTECTED.map(([word, category]): Starter => ({ word, listType: 'protected', category, level: 'block', source: HAIQIAO })),
  ...OUTDATED.map(([word, right]): Starter => ({ word, listType: 'outdated', category: '过时表述', level: 'review', replacement: right, source: REFORM })),
  ...ALLOW.map((word): Starter => ({ word, listType: 'allow', source: HAIQIAO })),
  // Sensitive words by category (advertising law, fraud, gambling, pornography, violence and terrorism, …).
  ...STARTER_WORDS,
]
