// The sensitive-word matcher (plugins/content-safety): one pass over the text finds listed words however
// they are disguised — width, case, traditional characters, noise between characters — and points into the
// original text; allow-list entries suppress the findings they cover.
import { describe, expect, it } from 'vitest'
import {
  Matcher,
  type Entry,
  type KeyedEntry,
} from '../../plugins/content-safety/engine/matcher.ts'
import { normalise } from '../../plugins/content-safety/engine/normalise.ts'

const entry = (word: string, level: Entry['level'] = 'block', category = '测试类别'): Entry => ({
  word,
  category,
  level,
})

describe('敏感词匹配', () => {
  it('找到词语，并给出原文中的位置和上下文', () => {
    const matcher = new Matcher([entry('违禁品'), entry('赌博', 'review', '赌博')])
    const text = '本市严厉打击网络赌博活动，查获违禁品若干。'
    const findings = matcher.scan(text, 2)
    expect(
      findings.map((f) => [
        f.word,
        f.level,
        f.offset,
        f.length,
        text.slice(f.offset, f.offset + f.length),
      ]),
    ).toEqual([
      ['赌博', 'review', 8, 2, '赌博'],
      ['违禁品', 'block', 15, 3, '违禁品'],
    ])
    expect(findings[0]!.text).toBe('网络赌博活动')
    expect(matcher.scan('本市持续优化营商环境。')).toEqual([])
  })

  it('规避写法同样命中：插入空格和符号、全角、大小写、繁体、零宽字符', () => {
    const matcher = new Matcher([entry('敏感词'), entry('abc')])
    for (const disguised of [
      '敏 感 词',
      '敏*感*词',
      '敏_感_词',
      '敏-感.词',
      '敏　感　词',
      '敏\u200b感\u200b词',
      '敏感詞',
      '敏·感·詞',
      'ＡＢＣ',
      'AbC',
      'a b c',
    ]) {
      const findings = matcher.scan(`前文${disguised}后文`)
      expect(findings, disguised).toHaveLength(1)
      expect(
        `前文${disguised}后文`.slice(
          findings[0]!.offset,
          findings[0]!.offset + findings[0]!.length,
        ),
        disguised,
      ).toBe(disguised)
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
    const matcher = new Matcher([
      entry('中国', 'notice'),
      entry('中国人', 'review'),
      entry('国人', 'notice'),
      entry('中国', 'block'),
    ])
    expect(matcher.size).toBe(3)
    const findings = matcher.scan('中国人民')
    expect(findings.map((f) => [f.word, f.level, f.offset, f.length])).toEqual([
      ['中国人', 'review', 0, 3],
      ['中国', 'block', 0, 2],
      ['国人', 'notice', 1, 2],
    ])
  })

  it('词库变化时就地更新自动机：增、删、改后的结果与重新构建的完全一致', () => {
    // A small alphabet makes words overlap a lot: prefixes, suffixes, words inside words — the cases where
    // an added word changes the failure links of states that already existed.
    const alphabet = '中国人民共和'
    let seed = 20261123
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const word = () =>
      Array.from({ length: 1 + random(6) }, () => alphabet[random(alphabet.length)]).join('')
    const levels: Entry['level'][] = ['block', 'review', 'notice']
    const keyed = (id: string): KeyedEntry => ({
      id,
      word: word(),
      category: '测试',
      level: levels[random(3)]!,
      allow: random(8) === 0,
    })
    const texts = Array.from({ length: 40 }, () =>
      Array.from({ length: 40 }, () => alphabet[random(alphabet.length)]).join(''),
    )
    const shown = (matcher: Matcher) =>
      texts.map((text) => {
        const { findings, allowed } = matcher.scanAll(text, 0)
        return [
          ...findings.map((f) => `${f.word}:${f.level}@${f.offset}+${f.length}`),
          ...allowed.map(([start, end]) => `白名单@${start}-${end}`),
        ]
          .sort()
          .join(' ')
      })

    let live = new Map<string, KeyedEntry>()
    for (let i = 0; i < 10; i++) live.set(`w${i}`, keyed(`w${i}`))
    const matcher = new Matcher([...live.values()])
    let nextId = 10
    for (let round = 0; round < 150; round++) {
      const put: KeyedEntry[] = []
      const remove: string[] = []
      for (let change = 0; change < 1 + random(4); change++) {
        const ids = [...live.keys()]
        const pick = ids[random(ids.length)]!
        const what = random(3)
        if (what === 0) put.push(keyed(`w${nextId++}`))
        else if (what === 1 && ids.length > 5) remove.push(pick)
        else put.push({ ...keyed(pick) })
      }
      matcher.update({ put, remove })
      live = new Map(live)
      for (const id of remove) live.delete(id)
      for (const entry of put) live.set(entry.id, entry)
      const rebuilt = new Matcher([...live.values()])
      expect(shown(matcher), `第 ${round + 1} 轮变化后`).toEqual(shown(rebuilt))
      expect(matcher.size).toBe(rebuilt.size)
    }
  })

  it('勾选“同时匹配拼音和首字母”的词，拼音和首字母写法也能找到，但只作为完整的字母词', () => {
    const matcher = new Matcher([
      { ...entry('赌博网站', 'review'), id: 'a', pinyin: true },
      { ...entry('违禁品'), id: 'b' },
    ])
    const found = (text: string) =>
      matcher
        .scan(text)
        .map((f) => [f.word, text.slice(f.offset, f.offset + f.length), f.latin ?? false])
    expect(found('推广dubowangzhan的广告')).toEqual([['赌博网站', 'dubowangzhan', true]])
    expect(found('请勿访问 Du Bo Wang Zhan。')).toEqual([['赌博网站', 'Du Bo Wang Zhan', true]])
    expect(found('简称DBWZ，')).toEqual([['赌博网站', 'DBWZ', true]])
    expect(found('赌博网站')).toEqual([['赌博网站', '赌博网站', false]])
    // Inside a longer Latin word, and for words without the option: nothing.
    expect(found('adbwz or dbwzs')).toEqual([])
    expect(found('weijinpin')).toEqual([])
    expect(matcher.size).toBe(2)
    matcher.update({ put: [{ ...entry('赌博网站', 'review'), id: 'a', pinyin: false }] })
    expect(found('dubowangzhan')).toEqual([])
    expect(found('赌博网站')).toHaveLength(1)
  })
})
