// The whole content check of a text (plugins/content-safety/checker.ts) with the starter dictionary: typo
// pairs, near-misses of protected terms (错字, 字序颠倒, 漏字; traditional characters too), outdated
// formulations and the allow-list, secrecy marks, personal data (masked), and suspected typos of frequent
// words from the confusion sets — and nothing on clean official text.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Checker } from '../../plugins/content-safety/engine/checker.ts'
import { STARTER } from '../../plugins/content-safety/engine/data/starter.ts'

const checker = new Checker(STARTER)
const summary = (text: string) =>
  checker.check(text).map((f) => [f.rule, f.level, f.found, f.suggestion ?? null])

describe('内容检查（起步词库）', () => {
  it('保护词的近似写法一律禁止：同音/形近错字、字序颠倒、漏字，繁体也一样', () => {
    expect(summary('中华人民共合国成立七十多年来')).toEqual([
      ['protected', 'block', '中华人民共合国', '中华人民共和国'],
    ])
    expect(summary('中華人民共合國')).toEqual([
      ['protected', 'block', '中華人民共合國', '中华人民共和国'],
    ])
    expect(summary('中华人民和共国')).toEqual([
      ['protected', 'block', '中华人民和共国', '中华人民共和国'],
    ])
    expect(summary('华中人民共和国')).toEqual([
      ['protected', 'block', '华中人民共和国', '中华人民共和国'],
    ])
    expect(summary('中华人民和国')).toEqual([
      ['protected', 'block', '中华人民和国', '中华人民共和国'],
    ])
    expect(summary('共建一代一路')).toEqual([['protected', 'block', '一代一路', '一带一路']])
    const [finding] = checker.check('共建一代一路')
    expect(finding!.message).toContain('疑似“一带一路”的错误写法（错字）')
  })

  it('正确写法、以及错字处恰好组成别的词（财政补贴 ≠ 财政部）都不报', () => {
    expect(summary('中华人民共和国商务部、外交部和财政部联合发布通知，落实财政补贴政策。')).toEqual(
      [],
    )
  })

  it('错别字词典、过时表述、白名单', () => {
    expect(summary('攻府工作报告提出按装光伏')).toEqual([
      ['typo', 'review', '攻府', '政府'],
      ['typo', 'review', '按装', '安装'],
    ])
    expect(summary('请向国家工商行政管理总局申请')).toEqual([
      ['outdated', 'review', '国家工商行政管理总局', '国家市场监督管理总局'],
    ])
    // 文化部门 is on the allow-list; 文化部 alone is an outdated name.
    expect(summary('会同文化部门')).toEqual([])
    expect(summary('报文化部备案')).toEqual([['outdated', 'review', '文化部', '文化和旅游部']])
  })

  it('密级标志禁止发布；身份证号（校验位正确）禁止、手机号须审核，结果中脱敏', () => {
    expect(summary('本文件标注 秘密★5年，请妥善保管')).toEqual([
      ['secret', 'block', '秘密★5年', null],
    ])
    const findings = checker.check('联系人身份证 110101199003074477，手机 139 1234 5678。')
    expect(findings.map((f) => [f.rule, f.level, f.found])).toEqual([
      ['personal', 'block', '110101********4477'],
      ['personal', 'review', '139****5678'],
    ])
    expect(findings.map((f) => f.text).join('')).not.toMatch(/199003074477|12345678/)
    // A number with a wrong check digit is not an ID number.
    expect(checker.check('编号 110101199003074478')).toEqual([])
  })

  it('常用词的同音、形近错字给出建议和置信度', () => {
    const [typo] = checker.check('成交供应商对采购人提拱的临时账号要保密')
    expect(typo).toMatchObject({ rule: 'typo', level: 'notice', found: '提拱', suggestion: '提供' })
    expect(typo!.confidence).toBeGreaterThan(0.5)
    expect(typo!.confidence).toBeLessThan(1)
  })

  it('正式公文样本中没有“禁止”级别的误报', () => {
    const seeds = path.resolve(import.meta.dirname, '../../../shared/seeds')
    const texts = readdirSync(seeds).map((file) => readFileSync(path.join(seeds, file), 'utf8'))
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts)
      expect(checker.check(text).filter((f) => f.level === 'block')).toEqual([])
  })
})
