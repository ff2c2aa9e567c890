// The starter dictionary's sensitive words (plugins/content-safety/engine/data/starterWords.ts), with the
// engine only (no database): every entry carries a category, level and source; each category is caught in
// text, pinyin-marked entries in pinyin too; and clean official text gets no block-level finding from any
// listed entry — innocent words that hold a listed one get no finding at all.
import { describe, expect, it } from 'vitest'
import { Checker } from '../../plugins/content-safety/engine/checker.ts'
import { STARTER } from '../../plugins/content-safety/engine/data/starter.ts'
import { STARTER_WORDS } from '../../plugins/content-safety/engine/data/starterWords.ts'
import { INNOCENT, ON_TOPIC } from './cleanOfficial.ts'

const checker = new Checker(STARTER)
/** Findings from listed entries (sensitive words, typos, outdated formulations), not the near-miss or typo models. */
const listed = (text: string) =>
  checker.check(text).filter((f) => ['sensitive', 'typo', 'outdated', 'retired'].includes(f.rule))

describe('起步词库：敏感词', () => {
  it('按类别成批提供，每条有类别、级别和来源，词语不重复', () => {
    const categories = new Set(STARTER_WORDS.map((row) => row.category))
    for (const category of [
      '广告法禁用语',
      '诈骗',
      '赌博',
      '色情',
      '暴力恐怖',
      '违禁品',
      '政治',
      '低俗辱骂',
    ])
      expect(categories).toContain(category)
    expect(STARTER_WORDS.length).toBeGreaterThanOrEqual(150)
    expect(STARTER_WORDS.length).toBeLessThanOrEqual(1000)
    for (const row of STARTER_WORDS) {
      expect(row.listType).toBe('word')
      expect(['block', 'review', 'notice']).toContain(row.level)
      expect(row.source.length).toBeGreaterThan(0)
    }
    // The collection's `word` is unique: a repeated word would stop the starter from loading.
    const words = STARTER.map((row) => row.word)
    expect(new Set(words).size).toBe(words.length)
  })

  it('各类别的词在正文中都能查出，级别按词库', () => {
    const found = (text: string) => listed(text).map((f) => [f.word, f.category, f.level])
    expect(found('本店商品销量第一，药到病除。')).toEqual([
      ['销量第一', '广告法禁用语', 'review'],
      ['药到病除', '广告法禁用语', 'review'],
    ])
    expect(found('真人荷官在线发牌，首存送88元')).toEqual([
      ['真人荷官', '赌博', 'block'],
      ['首存送', '赌博', 'block'],
    ])
    expect(found('附近约炮，私信联系')).toEqual([['约炮', '色情', 'block']])
    expect(found('出售自制炸药配方')).toEqual([['自制炸药配方', '暴力恐怖', 'block']])
    expect(found('天灭中共，退党保平安')).toEqual([
      ['天灭中共', '政治', 'block'],
      ['退党保平安', '政治', 'block'],
    ])
    expect(found('你个王八蛋')).toEqual([['王八蛋', '低俗辱骂', 'block']])
    expect(found('兼职刷单日结')).toEqual([['刷单', '诈骗', 'review']])
    expect(found('低价出售仿真枪')).toEqual([['仿真枪', '违禁品', 'review']])
  })

  it('字间插符号、繁体也能查出；标了拼音的词也查拼音写法', () => {
    expect(listed('真·人·荷·官').map((f) => f.word)).toEqual(['真人荷官'])
    expect(listed('眞人荷官').map((f) => f.word)).toEqual(['真人荷官'])
    expect(listed('他们宣传 falungong 的内容').map((f) => [f.word, f.level])).toEqual([
      ['法轮功', 'review'],
    ])
  })

  it('包含列表词的无害词语（山东突出、统一教材、一次性交易等）不报敏感词；广告法用语只在推广文字中提示', () => {
    for (const sentence of INNOCENT) {
      const findings = listed(sentence)
      const serious = findings.filter((f) => f.level !== 'notice' || f.category !== '广告法禁用语')
      expect([sentence, serious.map((f) => f.word)]).toEqual([sentence, []])
    }
    // Official text: 国家级新区, 世界级城市群, 国家级非遗 are designations, not claims.
    expect(listed('加快建设世界级城市群，设立国家级新区。')).toEqual([])
    expect(listed('新增国家级非遗代表性项目12项。')).toEqual([])
    // Promotion: a product, a price, a seller speaking of itself.
    expect(listed('本公司产品采用国家级配方，品质世界级。').map((f) => [f.word, f.level])).toEqual([
      ['国家级', 'notice'],
      ['世界级', 'notice'],
    ])
    expect(listed('全网最低价，欢迎选购。').map((f) => f.word)).toContain('最低价')
  })

  it('打击违法犯罪的正式文本可能须审核，但没有一条禁止级结果', () => {
    for (const sentence of [...INNOCENT, ...ON_TOPIC])
      expect([sentence, listed(sentence).filter((f) => f.level === 'block')]).toEqual([
        sentence,
        [],
      ])
    // The topic is still seen: the reviewer confirms the context.
    expect(listed(ON_TOPIC[0]!).map((f) => [f.word, f.level])).toContainEqual([
      '网络赌博',
      'review',
    ])
  })
})
