// Clean official-style sentences written for the starter dictionary's tests (海桥, Apache-2.0): government
// and news phrasing that holds a listed word inside a longer innocent one (山东突出 holds 东突, 统一教材 统一教),
// and sentences that name crimes, drugs and banned groups while fighting them, as official text does.

/** Innocent text around words that a naive list would hit: no sensitive-word finding at all. */
export const INNOCENT: string[] = [
  '山东突出抓好粮食生产，广东突出制造业当家。',
  '推动政务服务平台独立部署、统一运维。',
  '新疆独特的自然风光吸引了大批游客，香港独特优势更加彰显。',
  '博物馆收藏独具特色的民间工艺品。',
  '秋季学期全面使用统一教材。',
  '依托爱国主义教育基地组织青少年开展研学活动。',
  '我国同伊斯兰国家合作组织成员保持密切往来。',
  '进出口交易会期间，港口交通运输保障有力。',
  '本次采购采用一次性交易方式，合同签订后一次性交付。',
  '推广杂交水稻，利用杂种优势提高单产。',
  '这种精神叫做爱国主义，我们要做爱心公益的践行者。',
  '社群交流平台支援交通疏导工作。',
  '持续开展根治欠薪专项行动，确保过冬物资供应。',
  '任何单位不得出具虚假证明，不得作假证明。',
  '发挥区域特色情景教学的作用。',
  '规范发展工业大麻产业，打造大麻纤维加工基地。',
  '黑龙江抚远的大麻哈鱼远近闻名。',
  '暑期开心水果节吸引市民参加采摘活动。',
  '结核病治愈率稳定在百分之九十以上。',
  '藏族干部尼玛次仁同志当选为县人大常委会主任。',
  '人员往返水路交通安全有序。',
  '加快建设世界级城市群，设立国家级新区。',
  '最高级别的应急响应已经启动。',
  '总结推广最佳实践案例。',
  '招标采用最低价中标方式，按照最低评标价法评审。',
  '第一季度地区生产总值同比增长百分之五点二。',
  '南京大屠杀死难者国家公祭仪式在南京举行。',
  '本市首个文化和旅游融合示范区正式揭牌。',
]

/** Official text about crimes and banned groups: the topic may be reviewed, but nothing blocks. */
export const ON_TOPIC: string[] = [
  '公安机关依法严厉打击网络赌博和跨境赌博违法犯罪活动。',
  '警惕刷单返利、冒充公检法等电信网络诈骗，不向所谓安全账户转账。',
  '持续开展扫黄打非专项行动，清理淫秽色情信息。',
  '依法取缔法轮功等邪教组织，防范全能神渗透。',
  '坚决打击暴力恐怖活动和宗教极端主义，反对台湾独立。',
  '深入开展禁毒宣传，提高群众识别冰毒、海洛因和摇头丸等毒品的能力。',
  '开展断卡行动，严厉打击收购银行卡、出租银行卡等违法行为。',
  '市场监管部门查处使用国家级、最佳等用语的违法广告。',
  '依法惩治颠覆国家政权、分裂国家等犯罪。',
  '依法打击传销和非法集资，提示群众警惕高额返利陷阱。',
]
