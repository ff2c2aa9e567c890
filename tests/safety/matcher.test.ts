// The sensitive-word matcher (plugins/content-safety): one pass over the text finds listed words however
// they are disguised — width, case, traditional characters, noise between characters — and points into the
// original text; allow-list entries suppress the findings they cover.
import { describe, expect, it } from 'vitest'
import { Matcher, type Entry } from '../../plugins/content-safety/matcher.ts'
import { normalise } from '../../plugins/content-safety/normalise.ts'

const entry = (word: string, level: Entry['level'] = 'block', category = '测试类别'): Entry => ({ word, category, level })

describe('敏感词匹配', () => {
  it('找到词语，并给出原文中的位置和上下文', () => {
    const matcher = new Matcher([entry('违禁品'), entry('赌博', 'review', '赌博')])
    const text = '本市严厉打击网络赌博活动，查获违禁品若干。'
    const findings = matcher.scan(text, 2)
    expect(findings.map((f) => [f.word, f.level, f.offset, f.length, text.slice(f.offset, f.offset + f.length)])).toEqual([
      ['赌博', 'review', 8, 2, '赌博'],
      ['违禁品', 'block', 15, 3, '违禁品'],
    ])
    expect(findings[0]!.text).toBe('网络赌博活动')
    expect(matcher.scan('本市持续优化营商环境。')).toEqual([])
  })

  it('规避写法同样命中：插入空格和符号、全角、大小写、繁体、零宽字符', () => {
    const matcher = new Matcher([entry('敏感词'), entry('abc')])
    for (const disguised of ['敏 感 词', '敏*感*词', '敏_感_词', '敏-感.词', '敏　感　词', '敏\u200b感\u200b词', '敏感詞', '敏·感·詞', 'ＡＢＣ', 'AbC', 'a b c']) {
      const findings = matcher.scan(`前文${disguised}后文`)
      expect(findings, disguised).toHaveLength(1)
      expect(`前文${disguised}后文`.slice(findings[0]!.offset, findings[0]!.offset + findings[0]!.length), disguised).toBe(disguised)
    }
    expect(normalise('敏*感 詞，ＡＢＣ')).toBe('敏感词abc')
  })

  it('白名单中的词语覆盖的命中不报告（如“数据安全法”中的短词）', () => {
    const matcher = new Matcher([entry('安全法', 'notice')], ['数据安全法'])
    const findings = matcher.scan('依据《数据安全法》和另一部安全法的规定')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.offset).toBe(13)
  })

  it('重叠和包含的词语都能找到；同一词语重复列出时取更严格的级别', () => {
    const matcher = new Matcher([entry('中国', 'notice'), entry('中国人', 'review'), entry('国人', 'notice'), entry('中国', 'block')])
    expect(matcher.size).toBe(3)
    const findings = matcher.scan('中国人民')
    expect(findings.map((f) => [f.word, f.level, f.offset, f.length])).toEqual([
      ['中国人', 'review', 0, 3],
      ['中国', 'block', 0, 2],
      ['国人', 'notice', 1, 2],
    ])
  })
})
