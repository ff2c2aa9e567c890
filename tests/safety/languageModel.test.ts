// The context model (plugins/content-safety/engine/languageModel.ts): open-gram's word trigram model read
// from Debian's sunpinyin-data. The lexicon maps words to ids and back, probabilities are a distribution
// with the model's back-off, the model prefers the right word of a real-word confusion in official text,
// and a missing or broken model gives null, never an exception. Needs the sunpinyin-data package.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  languageModel,
  SENTENCE_START,
  UNKNOWN_WORD,
  type LanguageModel,
} from '../../plugins/content-safety/engine/languageModel.ts'

const savedDir = process.env.HAIQIAO_SLM_DIR
afterEach(() => {
  if (savedDir === undefined) delete process.env.HAIQIAO_SLM_DIR
  else process.env.HAIQIAO_SLM_DIR = savedDir
})

function model(): LanguageModel {
  const loaded = languageModel()
  if (!loaded)
    throw new Error('需要 Debian 软件包 sunpinyin-data（apt-get install sunpinyin-data）')
  return loaded
}
const id = (word: string) => {
  const found = model().wordId(word)
  if (found === undefined) throw new Error(`词典中没有“${word}”`)
  return found
}

describe('语言模型的词典', () => {
  it('常用词有编号，编号对应回同一个词；没有的词得到 undefined', () => {
    const words = ['中国', '国际', '形势', '反映', '情况', '人民', '，', '。']
    const ids = words.map(id)
    expect(new Set(ids).size).toBe(words.length)
    for (const [i, word] of words.entries()) expect(model().word(ids[i]!)).toBe(word)
    expect(model().wordId('国际形式')).toBeUndefined()
    expect(model().wordId('')).toBeUndefined()
    expect(model().word(UNKNOWN_WORD)).toBe('')
  })

  /** Σ P(word | history) over every id of the vocabulary but the sentence-start mark. */
  const total = (history: number[]) => {
    let sum = 0
    for (let word = 0; word < model().vocabularySize; word++)
      if (word !== SENTENCE_START) sum += Math.exp(model().logProb(history, word))
    return sum
  }

  it('一元概率在整个词表上之和约为 1（句首标记不是词，概率为 1）', () => {
    expect(model().logProb([], SENTENCE_START)).toBe(0)
    expect(Math.abs(total([]) - 1)).toBeLessThan(1e-3)
  })

  it('给定一个或两个前词（存有三元组的和回退的），条件概率之和也约为 1', () => {
    for (const history of [
      ['反映'],
      ['的', '首发'],
      ['我们', '要'],
      ['进一步', '加强'],
      ['当前', '国际'],
    ])
      expect([history, Math.abs(total(history.map(id)) - 1) < 1e-3]).toEqual([history, true])
  })
})

describe('回退与句子得分', () => {
  it('只看前两个词；句首与句号之后相同', () => {
    const [a, b, c, w] = ['当前', '国际', '形势', '复杂'].map(id) as [
      number,
      number,
      number,
      number,
    ]
    expect(model().logProb([a, b, c], w)).toBe(model().logProb([b, c], w))
    expect(model().logProb([SENTENCE_START, a], b)).toBe(model().logProb([a], b))
    expect(model().logProb([SENTENCE_START], a)).toBe(model().logProb([], a))
    for (const history of [[], [a], [a, b]]) expect(model().logProb(history, w)).toBeLessThan(0)
  })

  it('序列得分是逐词条件概率之和，可只计其中一段', () => {
    const words = ['当前', '国际', '形势', '复杂', '多变']
    const ids = words.map(id)
    const each = ids.map((word, i) => model().logProb(ids.slice(Math.max(0, i - 2), i), word))
    const sum = (from: number, to: number) => each.slice(from, to).reduce((s, x) => s + x, 0)
    expect(model().score(words)).toBeCloseTo(sum(0, 5), 9)
    expect(model().score(words, 2, 4)).toBeCloseTo(sum(2, 4), 9)
  })

  it('词典没有的词按单字计，连续的未知字符作一个未知词', () => {
    expect(model().score(['形式主义化'])).toBeCloseTo(
      model().score(['形', '式', '主', '义', '化']),
      9,
    )
    expect(model().score(['abc'])).toBe(model().logProb([], UNKNOWN_WORD))
    const mixed = ['A', '股'].map((w) => model().wordId(w) ?? UNKNOWN_WORD)
    expect(model().score(['AB股'])).toBeCloseTo(
      model().logProb([], mixed[0]!) + model().logProb([mixed[0]!], mixed[1]!),
      9,
    )
    expect(model().wordId('A')).toBeUndefined()
  })

  it('无效编号按模型没有的词计，不会匹配到任意节点', () => {
    const rare = model().logProb([], Number.NaN)
    expect(model().logProb([], -1)).toBe(rare)
    expect(model().logProb([], 1 << 20)).toBe(rare)
    expect(rare).toBeLessThan(model().logProb([], id('形势')))
  })
})

describe('语境中的正误', () => {
  it('前一个词决定后一个词：反映情况优于反应情况', () => {
    expect(model().logProb([id('反映')], id('情况'))).toBeGreaterThan(
      model().logProb([id('反应')], id('情况')),
    )
    expect(model().score(['反映', '情况'])).toBeGreaterThan(model().score(['反应', '情况']))
  })

  it('模型词典收有复合词（国际形势），整句按模型自己的切分比较', () => {
    expect(model().wordId('国际形势')).toBeDefined()
    expect(model().scoreText('国际形势')).toBeGreaterThan(model().scoreText('国际形式'))
    expect(model().scoreText('国际形势')).toBeGreaterThanOrEqual(model().score(['国际形势']))
  })

  it('原句得分高于把一个词换成同音或形近错词的句子', () => {
    for (const [right, wrong] of [
      ['当前国际形势复杂多变', '当前国际形式复杂多变'],
      ['当前经济形势总体平稳', '当前经济形式总体平稳'],
      ['请及时反映情况', '请及时反应情况'],
      ['群众反映的问题得到解决', '群众反应的问题得到解决'],
      ['依法保障公民的合法权利', '依法保障公民的合法权力'],
      ['必须坚持党的全面领导', '必需坚持党的全面领导'],
      ['严厉打击违法犯罪活动', '严历打击违法犯罪活动'],
      ['认真贯彻落实会议精神', '认真贯切落实会议精神'],
      ['全面推进依法治国', '全面推进依法制国'],
      ['加强党风廉政建设', '加强党风廉正建设'],
    ])
      expect([right, model().scoreText(right!) > model().scoreText(wrong!)]).toEqual([right, true])
  })

  it('空文本得 0，任何文本得分有限', () => {
    expect(model().scoreText('')).toBe(0)
    for (const text of ['abc', '🔥🔥', '２０２５年', '第一，第二。'])
      expect(Number.isFinite(model().scoreText(text))).toBe(true)
  })
})

describe('加载', () => {
  it('再次取得的是同一个已加载的模型', () => {
    expect(languageModel()).toBe(languageModel())
  })

  it('目录不存在或文件损坏时得到 null，不抛出', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'haiqiao-slm-'))
    try {
      process.env.HAIQIAO_SLM_DIR = path.join(dir, 'missing')
      expect(languageModel()).toBeNull()
      writeFileSync(path.join(dir, 'lm_sc.t3g'), Buffer.from('not a language model at all'))
      writeFileSync(path.join(dir, 'pydict_sc.bin'), Buffer.alloc(64, 0xff))
      process.env.HAIQIAO_SLM_DIR = dir
      expect(languageModel()).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
