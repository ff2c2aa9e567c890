// Issue 17 §4, on the engine alone (no database): typo alarms worth reading. A valid word wrong in its context
// is caught from how official text pairs words (the corpus) with the trigram model's agreement; shape-similar
// characters are confusable (自/白, and pairs derived from how characters are built: 拉/垃); names, numbers,
// quoted terms and what official text writes as it stands (因城施策, 提质升级) raise no alarm; a listed
// misspelling that stands as words of its own (截止目前) is always reported.
import { describe, expect, it } from 'vitest'
import { STARTER } from '../../plugins/content-safety/engine/data/starter.ts'
import { check, compileDictionary } from '../../plugins/content-safety/engine/index.ts'
import { confusable } from '../../plugins/content-safety/engine/confusion.ts'
import { officialCorpus } from '../../plugins/content-safety/engine/corpus.ts'
import { inName, nameSpans } from '../../plugins/content-safety/engine/properNames.ts'
import { RealWordChecker } from '../../plugins/content-safety/engine/realWords.ts'

const dictionary = compileDictionary(STARTER)
/** [found, suggestion] of every typo finding (listed pairs and likely typos). */
const typos = (text: string) =>
  check(text, dictionary)
    .filter((f) => f.rule === 'typo')
    .map((f) => [f.found, f.suggestion])

describe('用错了地方的词（真词错误）', () => {
  const realWords = new RealWordChecker()

  it('语料里与上下文搭配的是另一个同音词时提示：形式/形势、反应/反映', () => {
    expect(typos('当前国际形式复杂多变，我们要保持战略定力。')).toContainEqual(['形式', '形势'])
    expect(typos('请各单位及时反应情况，不得迟报漏报。')).toContainEqual(['反应', '反映'])
  })

  it('同一个词用在正确的搭配里不提示', () => {
    for (const text of [
      '坚决反对形式主义、官僚主义，切实减轻基层负担。',
      '当前国际形势复杂多变，我们要保持战略定力。',
      '请各单位及时反映情况，不得迟报漏报。',
      '各地要创新宣传形式，提高政策知晓度。',
      '发生过敏反应时应立即停药并及时就医。',
    ])
      expect(realWords.check(text), text).toEqual([])
  })

  it('语料是随项目分发的正式文本，统计二字串和三字串', () => {
    const corpus = officialCorpus()
    expect(corpus.characters).toBeGreaterThan(150_000)
    // The strings across the join of a word and its neighbour: official text writes 际形势 and 映情况, never
    // 际形式 or 应情况.
    expect(corpus.string('际形势')).toBeGreaterThan(0)
    expect(corpus.string('际形式')).toBe(0)
    expect(corpus.string('映情况')).toBeGreaterThan(0)
    expect(corpus.string('应情况')).toBe(0)
  })
})

describe('形近字', () => {
  it('自/白、己/已、侯/候（补充表）与由部件推出的形近字（拉/垃、峻/竣、固/困）都算易混', () => {
    const c = confusable()
    for (const [a, b] of [
      ['自', '白'],
      ['己', '已'],
      ['侯', '候'],
      ['拉', '垃'],
      ['峻', '竣'],
      ['固', '困'],
    ] as const)
      expect([a, b, c(a, b), c(b, a)]).toEqual([a, b, true, true])
    // Sharing only a common radical (氵) makes no likeness.
    expect(c('河', '海')).toBe(false)
  })

  it('形近错字给出建议（含“字 + 偏旁”的形近字：契/锲）；jieba 误标为人名的常用词照样是目标词（关怀）', () => {
    expect(typos('推动生态保护要契而不舍、久久为功。')).toContainEqual(['契而不舍', '锲而不舍'])
    expect(typos('市领导走访慰问困难群众，送去党和政府的关坏。')).toContainEqual(['关坏', '关怀'])
  })

  it('形近错字给出建议', () => {
    expect(typos('全体党员己经完成集中学习。')).toContainEqual(['己经', '已经'])
    expect(typos('加强社会冶理，维护安全稳定。')).toContainEqual(['冶理', '治理'])
    expect(typos('全面推进生活拉圾分类工作。')).toContainEqual(['拉圾', '垃圾'])
  })
})

describe('不值得读的提示不出现', () => {
  it('人名、外国人名音译、引号里的短语、数字与量词不报错别字', () => {
    for (const text of [
      '自治区常务副主席刘志远主持召开专题会议。',
      '柬埔寨首相洪玛奈会见中方代表团。',
      '申请人可通过“浙里办”APP在线提交申请。',
      '全年快递业务量突破1700亿件。',
      '今年要办好十件民生实事。',
    ])
      expect([text, typos(text)]).toEqual([text, []])
  })

  it('名字的范围：称谓之后、同志之前（须是常见姓氏）、连续音译字、短引语', () => {
    const text = '市委书记孙明远出席会议，张建华同志讲话，托卡耶夫表示，“四风”问题。'
    const spans = nameSpans(text)
    const at = (word: string) => [text.indexOf(word), word.length] as const
    for (const word of ['孙明远', '张建华', '托卡耶夫', '四风'])
      expect([word, inName(spans, ...at(word))]).toEqual([word, true])
    expect(inName(spans, ...at('出席会议'))).toBe(false)
  })

  it('正式文本里照此书写的词语不当作错字（因城施策、提质升级、带量采购）', () => {
    for (const text of [
      '各地要因城施策，支持刚性和改善性住房需求。',
      '推动境外经贸合作区提质升级。',
      '国家组织药品集中带量采购平均降价超过50%。',
    ])
      expect([text, typos(text)]).toEqual([text, []])
  })

  it('排比列举中有意重复的字（学纪、知纪、明纪、守纪）、准确书写的机构名称内部，不报错别字', () => {
    for (const text of [
      '深入开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪。',
      '国家国际发展合作署与有关国家签署了对外援助项目实施协议。',
    ])
      expect([text, typos(text)]).toEqual([text, []])
  })

  it('词典里的错别字自成词时一律报告（截止目前），嵌在别的词里要看上下文（以经济）', () => {
    expect(typos('截止目前，全省累计建成5G基站18.6万个。')).toContainEqual(['截止目前', '截至目前'])
    expect(typos('坚持以经济建设为中心。')).toEqual([])
  })
})
