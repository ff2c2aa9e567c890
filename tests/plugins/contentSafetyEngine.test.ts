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
