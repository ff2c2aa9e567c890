// The official vocabulary (plugins/content-safety/engine/data/officialVocabulary.ts) in the typo check's
// lexicon, with the engine only: current political vocabulary (抗疫, 发力, 双循环, 放管服, 党的二十届, 中柬) is
// read as words and not reported as slips, while a real slip in the same sentence still is.
import { describe, expect, it } from 'vitest'
import { Checker } from '../../plugins/content-safety/engine/checker.ts'
import { OFFICIAL_VOCABULARY } from '../../plugins/content-safety/engine/data/officialVocabulary.ts'
import { STARTER } from '../../plugins/content-safety/engine/data/starter.ts'
import { lexiconWords } from '../../plugins/content-safety/engine/lexicon.ts'

const checker = new Checker(STARTER)
const typos = (text: string) =>
  checker
    .check(text)
    .filter((f) => f.rule === 'typo')
    .map((f) => [f.found, f.suggestion])

describe('时政词表', () => {
  it('每个词是 1–4 个汉字，都进入词频词典', () => {
    const words = lexiconWords()
    for (const { word, theme } of OFFICIAL_VOCABULARY) {
      expect(word).toMatch(/^[\u4e00-\u9fff]{1,4}$/u)
      expect(theme.length).toBeGreaterThan(0)
      expect([word, words.has(word)]).toEqual([word, true])
    }
  })

  it('时政词语不再被当作错别字', () => {
    for (const sentence of [
      '全力做好抗疫工作，推动经济持续发力。',
      '深化放管服改革，加快构建国内国际双循环相互促进的新发展格局。',
      '认真学习贯彻党的二十届三中全会精神，落实两个确立。',
      '中柬两国领导人举行会谈，中老铁路运营平稳。',
      '统筹疫情防控和经济社会发展，做好六稳六保工作。',
    ])
      expect([sentence, typos(sentence)]).toEqual([sentence, []])
  })

  it('同一句中真正的错字照样报出', () => {
    expect(typos('推动经济持续发力，对采购人提拱的临时账号要保密。')).toEqual([['提拱', '提供']])
  })
})
