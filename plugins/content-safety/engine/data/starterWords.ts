// The starter dictionary's sensitive words, by category (data/README.md: sources, licences and the level
// rule). A word is matched wherever it occurs, so every entry was checked against the longer words it hides
// in (山东突出 holds 东突, 新疆独特 疆独, 统一教材 统一教, 进出口交易 口交): such words are left out, written longer,
// or kept with an allow-list entry (ALLOW_WORDS); checked against the lexicon's words that contain an entry
// (jieba's dict.txt). No names of persons.
import { AD_LAW_CATEGORY } from '../promotion.ts'
import type { DictionaryRow, Level } from '../types.ts'

export type StarterWord = DictionaryRow & { source: string }

const AD_LAW = '《中华人民共和国广告法》第九条、第十六条、第二十五条、第二十八条（法律文本不适用著作权法，第五条）；海桥整理（Apache-2.0）'
const CRIMINAL = '《中华人民共和国刑法》《治安管理处罚法》《网络信息内容生态治理规定》第六条、第七条所列违法内容类别；海桥整理（Apache-2.0）'
const ANTI_FRAUD = '《中华人民共和国反电信网络诈骗法》及公安机关公开发布的诈骗类型；海桥整理（Apache-2.0）'
const ANTI_TERROR = '《中华人民共和国反恐怖主义法》《网络信息内容生态治理规定》第六条；海桥整理（Apache-2.0）'
const CULTS = '公安机关公开认定的邪教组织名称、《网络信息内容生态治理规定》第六条；海桥整理（Apache-2.0）'
const ABUSE = 'npm 包 bad-words-chinese 1.0.2（MIT，Copyright (c) 2016 Peiyu Chen）所列词语，转为简体并补全'

type Group = { category: string; source: string; pinyin?: string[]; words: Partial<Record<Level, string[]>> }

const GROUPS: Group[] = [
  {
    category: AD_LAW_CATEGORY,
    source: AD_LAW,
    words: {
      // Official text uses these innocently (国家级新区, 世界级城市群, 最高级别): only a hint, for promotional pages.
      notice: ['国家级', '最高级', '最佳', '最先进', '最强', '顶级', '世界级', '史无前例', '独一无二', '绝无仅有', '万能', '最低价', '驰名商标'],
      review: [
        '全网最低价', '第一品牌', '销量第一', '全网第一', '领导品牌', '领袖品牌', '国家免检', '包治百病', '药到病除',
        '无效退款', '无副作用', '保本保息', '稳赚不赔', '零风险', '保证收益',
      ],
    },
  },
  {
    category: '诈骗',
    source: ANTI_FRAUD,
    // Anti-fraud notices quote the scams' own words: never blocked, a reviewer reads the context.
    words: {
      review: [
        '刷单返利', '刷单', '冒充公检法', '安全账户', '杀猪盘', '跑分平台', '资金盘', '高额返利', '裸贷', '校园贷',
        '注销校园贷', '征信修复', '收购银行卡', '出租银行卡', '收购电话卡', '解冻费', '办假证', '刻章办证', '信用卡套现',
        '原始股', '传销', '拉人头',
      ],
    },
  },
  {
    category: '赌博',
    source: CRIMINAL,
    words: {
      block: ['真人荷官', '首存送', '送彩金', '赌场开户'],
      review: [
        '赌博', '网赌', '网络赌博', '跨境赌博', '赌博网站', '线上赌场', '在线赌场', '澳门赌场', '赌场', '赌球', '赌资',
        '博彩', '六合彩', '私彩', '百家乐', '老虎机', '赌博机',
      ],
    },
  },
  {
    category: '色情',
    source: CRIMINAL,
    words: {
      block: ['肛交', '乱伦', '约炮', '性奴', '淫妻', '换妻', '淫荡', '操逼'],
      review: [
        '色情', '淫秽', '卖淫', '嫖娼', '招嫖', '裸聊', '裸照', '一夜情', '黄色网站', '成人网站', '色情直播', '性交易',
      ],
    },
  },
  {
    category: '暴力恐怖',
    source: ANTI_TERROR,
    words: {
      block: ['炸弹制作教程', '自制炸药配方', '枪支图纸', '自制枪支教程'],
      review: [
        '恐怖主义', '恐怖袭击', '恐怖组织', '极端主义', '暴恐', '圣战', '东突厥斯坦', '东伊运', '人体炸弹', '自杀式袭击',
        '爆炸物', '报复社会', '血洗', '砍人',
      ],
    },
  },
  {
    category: '违禁品',
    source: CRIMINAL,
    words: {
      review: [
        '出售枪支', '买卖枪支', '仿真枪', '冰毒', '海洛因', '摇头丸', 'K粉', '氯胺酮', '麻古', '贩毒', '吸毒', '大麻',
        '开心水', '迷药', '窃听器',
      ],
    },
  },
  {
    category: '政治',
    source: CULTS,
    pinyin: ['法轮功', '法轮大法'],
    words: {
      // Slogans and insults that no government page prints; the movements themselves are named in official
      // text that condemns them (依法取缔法轮功), so their names are for review.
      block: ['法轮大法好', '天灭中共', '退党保平安', '九评共产党', '打倒共产党', '共匪'],
      review: [
        '法轮功', '法轮大法', '台独分子', '台独势力', '台湾独立', '藏独势力', '疆独势力', '港独分子', '港独势力',
        '颠覆国家政权', '分裂国家', '邪教', '全能神', '实际神', '门徒会', '呼喊派', '观音法门', '三班仆人派', '灵灵教',
        '被立王', '华藏宗门', '大纪元', '新唐人', '明慧网', '六四事件',
      ],
    },
  },
  {
    category: '低俗辱骂',
    source: ABUSE,
    words: {
      block: ['他妈的', '操他妈', '操你妈', '去你妈的', '狗日的', '王八蛋', '狗娘养的', '傻逼', '婊子', '脑残'],
    },
  },
]

/** Longer words that hold a listed one but are innocent (一次性交易 holds 性交易). */
export const ALLOW_WORDS = ['一次性交易', '制度性交易', '一次性交付', '特色情', '工业大麻', '大麻纤维', '大麻哈鱼', '大麻子', '大麻袋', '开心水果', '棋圣战']

/** The starter's sensitive words: list type `word`, each with its category, level and source. */
export const STARTER_WORDS: StarterWord[] = GROUPS.flatMap(({ category, source, pinyin, words }) =>
  (Object.entries(words) as [Level, string[]][]).flatMap(([level, list]) =>
    list.map(
      (word): StarterWord => ({
        word,
        listType: 'word',
        category,
        level,
        source,
        ...(pinyin?.includes(word) ? { pinyin: true } : {}),
      }),
    ),
  ),
)
