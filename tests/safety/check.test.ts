// The sensitive-word dictionary in the CMS and the check endpoint (POST /api/content-safety/check): the
// security admin manages the words, staff check any text, disguised words are found, allow-list entries
// suppress what they cover, and a change to the dictionary applies to the next check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restAs, type Rest } from '../support/rest.ts'

let secadmin: Rest
let editor: Rest
const created: string[] = []

beforeAll(async () => {
  ;[secadmin, editor] = await Promise.all([restAs('secadmin@haiqiao.local'), restAs('editor@haiqiao.local')])
})
afterAll(async () => {
  for (const id of created) await secadmin.del(`/sensitive-words/${id}`)
})

async function addWord(data: Record<string, unknown>): Promise<void> {
  const res = await secadmin.post('/sensitive-words', data)
  expect(res.status, await res.clone().text()).toBe(201)
  created.push(((await res.json()) as { doc: { id: string } }).doc.id)
}

const check = async (rest: Rest, body: unknown) => {
  const res = await rest.post('/content-safety/check', body)
  return { status: res.status, body: (await res.json()) as { findings?: { word: string; level: string; category: string; offset: number; length: number; suggestion?: string }[]; error?: { message: string } } }
}

describe('敏感词库与内容检查', () => {
  it('安全管理员维护词库，编辑不能修改；检查接口找出伪装的敏感词并给出位置', async () => {
    expect((await editor.post('/sensitive-words', { word: '测试违禁词甲', level: 'block' })).status).toBe(403)
    await addWord({ word: '测试违禁词甲', kind: 'word', category: '测试', level: 'block', replacement: '（已删除）' })
    await addWord({ word: '测试提示词', kind: 'word', category: '测试', level: 'notice' })

    const text = '这段文字里有测 试*违 禁 词甲，还有測試提示詞。'
    const { status, body } = await check(editor, { text })
    expect(status).toBe(200)
    expect(body.findings!.map((f) => [f.word, f.level, text.slice(f.offset, f.offset + f.length)])).toEqual([
      ['测试违禁词甲', 'block', '测 试*违 禁 词甲'],
      ['测试提示词', 'notice', '測試提示詞'],
    ])
    expect(body.findings![0]!.suggestion).toBe('（已删除）')
  })

  it('白名单覆盖的命中不报告；词库修改后下一次检查即生效', async () => {
    await addWord({ word: '安全测试法', kind: 'word', category: '测试', level: 'review' })
    const text = '依据《数据安全测试法规》开展工作。'
    expect((await check(editor, { text })).body.findings!.map((f) => f.word)).toEqual(['安全测试法'])
    await addWord({ word: '数据安全测试法规', kind: 'allow' })
    expect((await check(editor, { text })).body.findings).toEqual([])
  })

  it('输入错误给出中文说明；未登录不能使用', async () => {
    const missing = await check(editor, { content: '缺少 text 字段' })
    expect(missing.status).toBe(400)
    expect(missing.body.error!.message).toContain('请提供要检查的文本')
    expect((await check(await restAs(), { text: '匿名检查' })).status).toBe(401)
    const duplicate = await secadmin.post('/sensitive-words', { word: '测试违禁词甲', kind: 'word', level: 'block' })
    expect(duplicate.status).toBe(400)
  })
})
