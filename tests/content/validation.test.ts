// Bad input gets a 400 with a Chinese message, and nothing half-written stays behind.
import { describe, expect, it } from 'vitest'
import { restAs } from '../support/rest.ts'

type ErrorBody = {
  errors: { message: string; data?: { errors?: { message: string; path: string }[] } }[]
}

async function countWhere(path: string): Promise<number> {
  const editor = await restAs('editor@haiqiao.local')
  return ((await (await editor.get(`${path}&draft=true`)).json()) as { totalDocs: number })
    .totalDocs
}

describe('输入校验', () => {
  it('缺少必填字段：400，提示中文字段名', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const res = await editor.post('/articles?draft=false', { summary: '没有标题和栏目的文章' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as ErrorBody
    expect(body.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/)
    const paths = body.errors[0]!.data?.errors?.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'column']))
    expect(await countWhere('/articles?where[summary][equals]=没有标题和栏目的文章')).toBe(0)
  })

  it('风险提示失效时间早于生效时间：400 且不落库', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const title = `时间倒置的风险提示-${Date.now()}`
    const res = await editor.post('/risk-alerts', {
      title,
      level: 'red',
      riskType: 'security',
      issuer: 'embassy',
      validFrom: '2026-11-10T00:00:00Z',
      validTo: '2026-11-01T00:00:00Z',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('失效时间不能早于生效时间')
    expect(await countWhere(`/risk-alerts?where[title][equals]=${encodeURIComponent(title)}`)).toBe(
      0,
    )
  })

  it('非法选项值、非法 ISO 代码、非法 URL 标识均被拒绝', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const badLevel = await editor.post('/risk-alerts', {
      title: '非法等级',
      level: 'purple',
      riskType: 'security',
      issuer: 'media',
      validFrom: '2026-11-01T00:00:00Z',
    })
    expect(badLevel.status).toBe(400)
    const badIso = await editor.post('/countries', {
      name: '测试国',
      nameEn: 'Testland',
      isoCode: 'xyz',
      region: 'asia',
    })
    expect(badIso.status).toBe(400)
    expect(JSON.stringify(await badIso.json())).toContain('ISO 代码须为两位大写字母')
    const badSlug = await editor.post('/topics', { title: '测试专题', slug: 'Bad Slug!' })
    expect(badSlug.status).toBe(400)
    expect(JSON.stringify(await badSlug.json())).toContain('URL 标识只能包含小写字母')
  })

  it('重复的唯一值（国家 ISO 代码）被拒绝', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const res = await editor.post('/countries', {
      name: '重复新加坡',
      nameEn: 'Dup',
      isoCode: 'SG',
      region: 'asia',
    })
    expect(res.status).toBe(400)
  })
})
