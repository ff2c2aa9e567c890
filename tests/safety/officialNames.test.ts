// Issue 17 §1 and §2, on the engine alone (no database): official names are always protected — the country's
// name and standard formulations, Party, state and State Council organs, every GB/T 2260 division's organs —
// and their near-misses (a character substituted, dropped, inserted, two swapped; up to two in a long name)
// block with a message that names the rule, the listed name and what differs; correct official text, where a
// near-miss reading would cross a word boundary or replace a whole word by another, gets no block.
import { describe, expect, it } from 'vitest'
import { STARTER } from '../../plugins/content-safety/engine/data/starter.ts'
import { check, compileDictionary } from '../../plugins/content-safety/engine/index.ts'
import { divisionNames } from '../../plugins/content-safety/engine/divisions.ts'
import { officialTerms } from '../../plugins/content-safety/engine/officialNames.ts'

// No rows at all: the official names come with the engine.
const dictionary = compileDictionary([])
const blocks = (text: string) => check(text, dictionary).filter((f) => f.level === 'block')

describe('国名、机构名与行政区划名称：随引擎提供的保护词', () => {
  it('行政区划覆盖省级、地级、县级（GB/T 2260），并生成人民政府、人大常委会、政协名称', () => {
    const { province, prefecture, county } = divisionNames()
    expect(province.length).toBeGreaterThanOrEqual(34)
    expect(prefecture.length).toBeGreaterThan(300)
    expect(county.length).toBeGreaterThan(2500)
    const words = new Set(officialTerms().map((t) => t.word))
    for (const word of [
      '中华人民共和国',
      '湖北省人民政府',
      '湖北省人大常委会',
      '湖北省人民代表大会常务委员会',
      '湖北省政协',
      '中国人民政治协商会议湖北省委员会',
      '武汉市人民政府',
      '恩施土家族苗族自治州人民政府',
      '朝阳区人民政府',
      '宁夏回族自治区',
      '工业和信息化部',
      '国家金融监督管理总局',
    ])
      expect(words.has(word), word).toBe(true)
  })

  it('正确写法不报告', () => {
    for (const text of [
      '中华人民共和国成立七十五周年。',
      '湖北省人民政府办公厅印发通知。',
      '宁夏回族自治区党委和政府高度重视。',
      '工业和信息化部、国家发展和改革委员会联合发布。',
    ])
      expect(blocks(text), text).toEqual([])
  })
})

describe('保护词的近似写法一律禁止，并说明原因', () => {
  const cases: [text: string, found: string, word: string, differs: string][] = [
    ['中共人民共和国成立', '中共人民共和国', '中华人民共和国', '“共”应为“华”'],
    ['中华人民大和国', '中华人民大和国', '中华人民共和国', '“大”应为“共”'],
    ['热爱中国人民共和国', '中国人民共和国', '中华人民共和国', '“国”应为“华”'],
    ['湖北省人命政府发布通知', '湖北省人命政府', '湖北省人民政府', '“命”应为“民”'],
    ['宁夏回族白治区', '宁夏回族白治区', '宁夏回族自治区', '“白”应为“自”'],
    ['北京时政府召开会议', '北京时政府', '北京市政府', '“时”应为“市”'],
    ['由工业和信急化部牵头', '工业和信急化部', '工业和信息化部', '“急”应为“息”'],
    // Two wrong characters in a long name.
    [
      '国家发屐和改草委员会',
      '国家发屐和改草委员会',
      '国家发展和改革委员会',
      '“屐”应为“展”，“草”应为“革”',
    ],
    // Dropped, inserted and swapped characters.
    ['中华人民和国', '中华人民和国', '中华人民共和国', '漏“共”'],
    ['广西壮族族自治区', '广西壮族族自治区', '广西壮族自治区', '多“族”'],
    ['国家市场督监管理总局', '国家市场督监管理总局', '国家市场监督管理总局', '“监督”顺序颠倒'],
    ['成都市人大常委员会', '成都市人大常委员会', '成都市人大常委会', '多“员”'],
    ['杭州市人民政俯', '杭州市人民政俯', '杭州市人民政府', '“俯”应为“府”'],
  ]
  for (const [text, found, word, differs] of cases)
    it(`${text} → ${word}`, () => {
      const [finding, ...rest] = blocks(text)
      expect(rest).toEqual([])
      expect(finding).toMatchObject({
        rule: 'protected',
        level: 'block',
        found,
        word,
        suggestion: word,
      })
      expect(finding!.message).toContain(`疑似“${word}”的错误写法`)
      expect(finding!.message).toContain(differs)
      expect(text.slice(finding!.offset, finding!.offset + finding!.length)).toBe(found)
    })

  it('词库自己的保护词同样适用（包括长词）', () => {
    const own = compileDictionary([
      { word: '海桥市数据资源管理局', listType: 'protected', category: '本单位' },
    ])
    const [finding] = check('海桥市数据资源官理局发布', own)
    expect(finding).toMatchObject({
      rule: 'protected',
      level: 'block',
      word: '海桥市数据资源管理局',
    })
    expect(finding!.message).toContain('保护词近似写法（本单位）')
  })
})

describe('正确的正式文本不触发禁止级结果（§1）', () => {
  // With the starter dictionary too: its own protected terms (全国人民代表大会, 文化和旅游部) are held to the same rule.
  const starter = compileDictionary(STARTER)
  // Each would be a near-miss if read across a word boundary or as one word replaced by another.
  for (const text of [
    '建立健全人民代表大会制度。', // 健全 | 人民代表大会：不是“全国人民代表大会”漏“国”
    '各级文化旅游部门要加强协作。', // 旅游 | 部门：不是“文化和旅游部”漏“和”
    '各级人民代表大会常务委员会依法监督。',
    '全省人民代表大会代表积极建言。',
    '各省人民政府、各市州人民政府要抓好落实。',
    '本区人民政府和各区人民政府分别制定方案。',
    '县人民政府和自治区人民政府负责组织实施。',
    '湖北省人民政策研究室发布报告。',
    '坚持和完善人民代表大会制度，发展全过程人民民主。',
    '同各国家和地区开展合作。',
    '市人民政府办公室印发通知。',
    '原县人民政府的职责由新设立的区人民政府承担。', // 不是“原阳县人民政府”漏“阳”
    '中华人民共和国国务院公报。', // 名称本身写对了，后面的“国”属于下一个词
    '本市人民政府坚持人民城市人民建。', // 不是“本溪市人民政府”漏“溪”
  ])
    it(text, () => {
      expect(blocks(text)).toEqual([])
      expect(check(text, starter).filter((f) => f.level === 'block')).toEqual([])
    })
})

describe('原机构名称是过时表述', () => {
  it('国家工商行政管理总局 → 国家市场监督管理总局（须审核，不阻止）', () => {
    const [finding] = check('企业应向国家工商行政管理总局报送年度报告', dictionary)
    expect(finding).toMatchObject({
      rule: 'outdated',
      level: 'review',
      word: '国家工商行政管理总局',
      suggestion: '国家市场监督管理总局',
    })
  })
})

describe('描述历史的原机构名称不报过时表述（§4）', () => {
  const outdated = (text: string) =>
    check(text, compileDictionary(STARTER))
      .filter((f) => f.rule === 'outdated')
      .map((f) => f.found)

  it('机构改革、原机构、时任、更名、注明现名称、改革以前的年份：都是正确的历史叙述', () => {
    for (const text of [
      '组建文化和旅游部，作为国务院组成部门，不再保留文化部、国家旅游局。',
      '将原国家工商行政管理总局的职责整合，组建国家市场监督管理总局。',
      '时任国土资源部部长出席会议并讲话。',
      '农业部（现农业农村部）印发了相关意见。',
      '国家卫生和计划生育委员会更名为国家卫生健康委员会。',
      '2016年，国家旅游局发布《全域旅游示范区创建工作导则》。',
      '文化部的职责划入新组建的文化和旅游部。',
    ])
      expect(outdated(text), text).toEqual([])
  })

  it('现时叙述中的原机构名称仍是过时表述', () => {
    expect(outdated('企业应向国家工商行政管理总局报送年度报告。')).toEqual(['国家工商行政管理总局'])
    expect(outdated('国家旅游局近日发布通知，部署假日旅游工作。')).toEqual(['国家旅游局'])
    // A year after the reform is no history.
    expect(outdated('2024年，国家旅游局发布通知。')).toEqual(['国家旅游局'])
    // A cue in another sentence does not count.
    expect(outdated('改革已经完成。请向国家工商行政管理总局申请。')).toEqual([
      '国家工商行政管理总局',
    ])
  })
})

describe('保护名称的近似写法要在语境中读得通才禁止（§1）', () => {
  it('改正后反而不通顺的不禁止：前向区人大常委会、国家发展改革委会同、为县人民政府', () => {
    for (const text of [
      '整改情况在年底前向区人大常委会报告。',
      '国家发展改革委会同有关部门制定了支持政策。',
      '县十八届人大四次会议选举李红梅为县人民政府县长。',
      // A former name is an outdated formulation, never a slip of the current name.
      '组建交通运输部，不再保留交通部、中国民用航空总局。',
    ])
      expect([text, blocks(text)]).toEqual([text, []])
  })

  it('真正写错的名称照样禁止：湖比省人民政府、武汊市人民政府、生态坏境部', () => {
    for (const [text, name] of [
      ['湖比省人民政府发布通知。', '湖北省人民政府'],
      ['武汊市人民政府印发实施方案。', '武汉市人民政府'],
      ['生态坏境部召开新闻发布会。', '生态环境部'],
    ] as const)
      expect([text, blocks(text).map((f) => f.word)]).toEqual([text, [name]])
  })
})
