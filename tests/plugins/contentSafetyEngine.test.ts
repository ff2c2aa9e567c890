// The content-safety text engine on its own (plugins/content-safety/engine/): no Payload, no database —
// a dictionary of a few rows is compiled through the engine's entry (engine/index.ts) and texts are checked
// with it. What the engine promises the plugin around it: findings with their rule, level, place in the
// original text and a Chinese message; the allow-list; the level an entry takes by its list type; near-misses
// of protected terms; in-place updates equal to compiling again.
import { describe, expect, it } from 'vitest'
import {
  check,
  compileDictionary,
  type DictionaryRow,
} from '../../plugins/content-safety/engine/index.ts'

const ROWS: DictionaryRow[] = [
  { id: 'w1', word: '引擎测试禁词', listType: 'word', category: '测试', level: 'block' },
  { id: 'w2', word: '引擎测试审词', listType: 'word', category: '测试' },
  { id: 'a1', word: '引擎测试禁词表', listType: 'allow' },
  { id: 't1', word: '按装', listType: 'typo', replacement: '安装' },
  { id: 'p1', word: '一带一路', listType: 'protected', category: '固定表述' },
]

const summary = (text: string, rows = ROWS) =>
  check(text, compileDictionary(rows)).map((f) => [f.rule, f.level, f.found, f.offset])

describe('内容安全引擎（不依赖 Payload）', () => {
  it('编译词库后检查文本：规则、级别、原文位置与中文说明', () => {
    const text = '正文里有 引擎测试禁词，还有 引 擎 测 试 审 词。'
    const findings = check(text, compileDictionary(ROWS))
    expect(findings.map((f) => [f.rule, f.level, f.found])).toEqual([
      ['sensitive', 'block', '引擎测试禁词'],
      // No level given: a sensitive word defaults to review; noise between characters is ignored.
      ['sensitive', 'review', '引 擎 测 试 审 词'],
    ])
    for (const finding of findings)
      expect(text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.found)
    expect(findings[0]!.message).toBe('敏感词“引擎测试禁词”（测试）')
  })

  it('白名单中的词不报告；错别字要改正后更通顺才报', () => {
    expect(summary('这是引擎测试禁词表的说明')).toEqual([])
    expect(summary('请按装说明书操作')).toEqual([['typo', 'review', '按装', 1]])
  })

  it('保护词的近似写法一律禁止', () => {
    expect(summary('共建一代一路')).toEqual([['protected', 'block', '一代一路', 2]])
    expect(summary('共建一带一路')).toEqual([])
  })

  it('就地更新词库与重新编译的结果相同', () => {
    const dictionary = compileDictionary(ROWS)
    const changed: DictionaryRow & { id: string } = {
      id: 'w2',
      word: '引擎测试新词',
      listType: 'word',
      category: '测试',
      level: 'notice',
    }
    dictionary.update({ put: [changed], remove: ['w1'] })
    const rows = [...ROWS.filter((row) => row.id !== 'w1' && row.id !== 'w2'), changed]
    const text = '引擎测试禁词、引擎测试审词、引擎测试新词'
    expect(check(text, dictionary)).toEqual(check(text, compileDictionary(rows)))
    expect(check(text, dictionary).map((f) => [f.found, f.level])).toEqual([
      ['引擎测试新词', 'notice'],
    ])
    expect(dictionary.size).toBe(4)
  })
})

// Issue 17 §3: what displays as a listed word matches it, at the entry's own level; personal data is found
// however its digits are written and never shown in full in any excerpt.
describe('显示为词库词语的写法一律命中', () => {
  const rows: DictionaryRow[] = [
    { id: 'g1', word: '全网最低价', listType: 'word', category: '广告', level: 'block' },
    { id: 'g2', word: '最高级', listType: 'word', category: '广告', level: 'block' },
    { id: 'g3', word: 'vip', listType: 'word', category: '测试', level: 'review' },
    {
      id: 'g4',
      word: '法轮功',
      listType: 'word',
      category: '政治',
      level: 'block',
      pinyin: true,
      homophones: true,
    },
    { id: 'g5', word: '引擎测试禁词', listType: 'word', category: '测试', level: 'block' },
    { id: 'g6', word: '\u{20bb7}野测试', listType: 'word', category: '测试', level: 'notice' },
  ]
  const dictionary = compileDictionary(rows)
  /** The one finding in `text`: its word, level, and the text it points at. */
  const only = (text: string) => {
    const findings = check(`前文${text}后文`, dictionary)
    expect(findings, text).toHaveLength(1)
    const [f] = findings
    expect(`前文${text}后文`.slice(f!.offset, f!.offset + f!.length), text).toBe(f!.found)
    return [f!.word, f!.level, f!.found]
  }

  it('码位而非 UTF-16 单元：表情、表情序列、变体选择符、C0/C1 控制字符都是噪声，位置指向原文', () => {
    for (const text of [
      '全🔥网🔥最🔥低🔥价',
      '全👨‍👩‍👧网❤️最👍🏽低🇨🇳价',
      '全\u0007网\u0085最\u001b低\u009f价',
      '全\u{e0041}网\u{1d173}最\ufe0f低\u{f0000}价',
      '全 🔥 网 🔥 最 🔥 低 🔥 价',
    ])
      expect(only(text)).toEqual(['全网最低价', 'block', text])
    // A listed word with a character beyond the BMP (𠮷), noise between: offsets still in the original.
    expect(only('\u{20bb7}🔥野\u0000测\ufe0f试')).toEqual([
      '\u{20bb7}野测试',
      'notice',
      '\u{20bb7}🔥野\u0000测\ufe0f试',
    ])
  })

  it('兼容字形（NFKC）与形似拉丁字母的他文种字母折叠后命中', () => {
    for (const text of [
      '最\u2fbc级',
      '最高級',
      '\uff56\uff49\uff50',
      '\u24e5\u24d8\u24df',
      '\u{1d42f}ip',
    ])
      expect(only(text)[0]).toBe(text.includes('级') || text.includes('級') ? '最高级' : 'vip')
    // Cyrillic і, р, Ѵ, Р and Greek ν look Latin.
    for (const text of ['v\u0456\u0440', '\u03bd\u0456\u0440', '\u0474\u0456\u0420'])
      expect(only(text)).toEqual(['vip', 'review', text])
  })

  it('拼音与汉字、数字混写，带声调的拼音，逐音节匹配', () => {
    for (const text of [
      '法lun功',
      'fa轮功',
      '法轮gong',
      'FA lun 功',
      '法1轮2功',
      'fa3lun2gong',
      'fǎ lún gōng',
      'Fǎ-Lún-Gōng',
    ])
      expect(only(` ${text} `)).toEqual(['法轮功', 'block', text])
    // A tone number after the last syllable is no part of the finding.
    expect(only(' fa3lun2gong1 ')[2]).toBe('fa3lun2gong')
    // Pinyin only as whole words: inside a longer Latin word it is no finding.
    expect(check('sofalungongs', dictionary)).toEqual([])
  })

  it('同音字替换（词条选项）按词条本身的级别报告，不作为错别字提示', () => {
    for (const text of ['发轮功', '法伦功', '法轮公']) {
      const findings = check(`他们宣传${text}的材料`, dictionary)
      expect(findings.map((f) => [f.rule, f.level, f.word, f.found])).toEqual([
        ['sensitive', 'block', '法轮功', text],
      ])
      expect(findings[0]!.message).toContain('同音写法')
    }
    // Without the option, a homophone is no finding of the entry.
    const plain = compileDictionary([{ ...rows[3]!, homophones: false }])
    // … and no typo notice suggests the banned word itself.
    expect(check('他们宣传发轮功的材料', plain).filter((f) => f.word === '法轮功')).toEqual([])
  })

  it('噪声跳过有上限：两个字之间超过 3 个噪声字符不再连成词', () => {
    expect(only('引 🔥 擎测试禁词')[0]).toBe('引擎测试禁词')
    expect(only('引\n\n\t擎测试禁词')[0]).toBe('引擎测试禁词')
    expect(check('引。\n\n（4）擎测试禁词', dictionary)).toEqual([])
    expect(check('引    擎测试禁词', dictionary)).toEqual([])
  })
})

describe('个人信息：规范化后检测，摘录中处处脱敏', () => {
  const dictionary = compileDictionary([
    { id: 'w', word: '引擎测试禁词', listType: 'word', category: '测试', level: 'block' },
  ])
  const ID = '110105199003072012'
  const wide = (s: string) =>
    s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
  const personal = (text: string) =>
    check(text, dictionary)
      .filter((f) => f.rule === 'personal')
      .map((f) => [f.word, f.found, text.slice(f.offset, f.offset + f.length)])

  it('全角数字、空格或连字符分组的身份证号码与手机号码', () => {
    for (const written of [
      wide(ID),
      '110105 19900307 2012',
      '110105-1990-0307-2012',
      wide('110105 19900307 2012'),
    ])
      expect(personal(`证件号${written}。`)).toEqual([
        ['身份证号码', '110105********2012', written],
      ])
    for (const written of [
      '139-1234-5678',
      '139 1234 5678',
      wide('13912345678'),
      '+86 139－1234－5678',
      '1391 234 5678',
    ])
      expect(personal(`电话${written}。`)).toEqual([['手机号码', '139****5678', written]])
    // A longer run of digits is no number of either kind.
    expect(personal('编号 1101051990030720125 与 139123456789')).toEqual([])
  })

  it('任何发现的上下文都不显示相邻号码的全文', () => {
    const text = `身份证${ID}，电话139-1234-5678，引擎测试禁词，电话${wide('13812345678')}`
    const findings = check(text, dictionary, 40)
    expect(findings.map((f) => f.rule)).toEqual(['personal', 'personal', 'sensitive', 'personal'])
    for (const f of findings) {
      expect(f.text).not.toContain(ID)
      expect(f.text).not.toContain('1990030')
      expect(f.text).not.toMatch(/1234|１２３４/)
      expect(f.text).not.toContain('0307')
    }
    expect(findings[2]!.text).toBe(
      '身份证110105********2012，电话139-****-5678，引擎测试禁词，电话１３８****５６７８',
    )
  })
})
