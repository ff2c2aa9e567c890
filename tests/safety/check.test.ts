// The sensitive-word dictionary in the CMS and the check endpoint (POST /api/content-safety/check): the
// security admin manages the words, staff check any text, disguised words are found, allow-list entries
// suppress what they cover, and a change to the dictionary applies to the next check.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { login } from '../support/login.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

let secadmin: Rest
let editor: Rest
const created: string[] = []

beforeAll(async () => {
  ;[secadmin, editor] = await Promise.all([
    restAs('secadmin@haiqiao.local'),
    restAs('editor@haiqiao.local'),
  ])
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
  return {
    status: res.status,
    body: (await res.json()) as {
      findings?: {
        word: string
        level: string
        category: string
        offset: number
        length: number
        suggestion?: string
      }[]
      error?: { message: string }
    },
  }
}

describe('敏感词库与内容检查', () => {
  it('安全管理员维护词库，编辑不能修改；检查接口找出伪装的敏感词并给出位置', async () => {
    expect(
      (await editor.post('/sensitive-words', { word: '测试违禁词甲', level: 'block' })).status,
    ).toBe(403)
    await addWord({
      word: '测试违禁词甲',
      listType: 'word',
      category: '测试',
      level: 'block',
      replacement: '（已删除）',
    })
    await addWord({ word: '测试提示词', listType: 'word', category: '测试', level: 'notice' })

    const text = '这段文字里有测 试*违 禁 词甲，还有測試提示詞。'
    const { status, body } = await check(editor, { text })
    expect(status).toBe(200)
    expect(
      body.findings!.map((f) => [f.word, f.level, text.slice(f.offset, f.offset + f.length)]),
    ).toEqual([
      ['测试违禁词甲', 'block', '测 试*违 禁 词甲'],
      ['测试提示词', 'notice', '測試提示詞'],
    ])
    expect(body.findings![0]!.suggestion).toBe('（已删除）')
  })

  it('白名单覆盖的命中不报告；词库修改后下一次检查即生效', async () => {
    await addWord({ word: '安全测试法', listType: 'word', category: '测试', level: 'review' })
    const text = '依据《数据安全测试法规》开展工作。'
    expect((await check(editor, { text })).body.findings!.map((f) => f.word)).toEqual([
      '安全测试法',
    ])
    await addWord({ word: '数据安全测试法规', listType: 'allow' })
    expect((await check(editor, { text })).body.findings).toEqual([])
  })

  it('输入错误给出中文说明；未登录不能使用', async () => {
    const missing = await check(editor, { content: '缺少 text 字段' })
    expect(missing.status).toBe(400)
    expect(missing.body.error!.message).toContain('请提供要检查的文本')
    expect((await check(await restAs(), { text: '匿名检查' })).status).toBe(401)
    const duplicate = await secadmin.post('/sensitive-words', {
      word: '测试违禁词甲',
      listType: 'word',
      level: 'block',
    })
    expect(duplicate.status).toBe(400)
  })

  it('账号的角色被篡改而失效后，登录状态下也不能使用内容检查和导出词库（403）', async () => {
    // An account without roles cannot log in at all; one whose roles fail their integrity tag loses them
    // mid-session: the guard then refuses it.
    const { cmsUrl, databaseUrl } = inject('haiqiao')
    const staff = await newStaff('editor', 'safety-guard')
    const { token } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: strongPassword(),
    })
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const check = () =>
      fetch(`${cmsUrl}/api/content-safety/check`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: '测试' }),
      })
    expect((await check()).status).toBe(200)
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    await db.query(
      `INSERT INTO users_roles ("order", parent_id, value) VALUES (2, $1, 'reviewer')`,
      [staff.id],
    )
    await db.end()
    const refused = await check()
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      '您无权使用内容检查',
    )
    expect(
      (await fetch(`${cmsUrl}/api/content-safety/export?format=txt`, { headers })).status,
    ).toBe(403)
  })
})
