// Access control per role, enforced by the server: staff accounts, 三权分立, content writing rights.
import { describe, expect, it } from 'vitest'
import { restAs } from '../support/rest.ts'

type Doc = { id: string; roles?: string[] }

describe('工作人员账号与三权分立', () => {
  it('匿名用户不能读取工作人员账号', async () => {
    const anonymous = await restAs()
    expect((await anonymous.get('/users')).status).toBe(403)
  })

  it('编辑只能看到自己的账号，系统管理员能看到全部', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const own = (await (await editor.get('/users')).json()) as {
      totalDocs: number
      docs: { email: string }[]
    }
    expect(own.totalDocs).toBe(1)
    expect(own.docs[0]!.email).toBe('editor@haiqiao.local')
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    const all = (await (await sysadmin.get('/users')).json()) as { totalDocs: number }
    expect(all.totalDocs).toBeGreaterThanOrEqual(6)
  })

  it('系统管理员建账号但不能授权，安全管理员授权但不能给自己授权', async () => {
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    const created = await sysadmin.post('/users', {
      email: `new-${Date.now()}@haiqiao.local`,
      name: '新同事',
      password: 'Abcdef12#x',
      roles: ['reviewer'],
    })
    expect(created.status).toBe(201)
    const user = ((await created.json()) as { doc: Doc }).doc
    expect(user.roles ?? []).toEqual([])

    const secadmin = await restAs('secadmin@haiqiao.local')
    const granted = await secadmin.patch(`/users/${user.id}`, { roles: ['editor'] })
    expect(granted.status).toBe(200)
    expect(((await granted.json()) as { doc: Doc }).doc.roles).toEqual(['editor'])

    expect((await secadmin.patch(`/users/${user.id}`, { name: '被安全管理员改名' })).status).toBe(
      403,
    )
    expect((await secadmin.patch(`/users/${user.id}`, { password: 'Other12#abcd' })).status).toBe(
      403,
    )

    const me = (await (await secadmin.get('/users/me')).json()) as { user: Doc }
    await secadmin.patch(`/users/${me.user.id}`, { roles: ['securityAdmin', 'editor'] })
    const after = (await (await secadmin.get(`/users/${me.user.id}`)).json()) as Doc
    expect(after.roles).toEqual(['securityAdmin'])

    const editor = await restAs('editor@haiqiao.local')
    expect(
      (await editor.post('/users', { email: 'x@haiqiao.local', name: 'x', password: 'Abcdef12#x' }))
        .status,
    ).toBe(403)
  })

  it('同一账号不能兼任两个管理员角色（中文提示）', async () => {
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    const created = (
      (await (
        await sysadmin.post('/users', {
          email: `dual-${Date.now()}@haiqiao.local`,
          name: '兼任测试',
          password: 'Abcdef12#x',
        })
      ).json()) as { doc: Doc }
    ).doc
    const secadmin = await restAs('secadmin@haiqiao.local')
    const res = await secadmin.patch(`/users/${created.id}`, {
      roles: ['systemAdmin', 'auditAdmin'],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('三权分立')
  })
})

describe('内容写入权限', () => {
  it('匿名用户、服务人员、审计管理员不能写内容；编辑不能删除', async () => {
    for (const email of [undefined, 'service@haiqiao.local', 'auditor@haiqiao.local']) {
      const client = await restAs(email)
      expect((await client.post('/tags', { name: `越权标签-${email ?? 'anon'}` })).status).toBe(403)
    }
    const editor = await restAs('editor@haiqiao.local')
    const tag = (
      (await (await editor.post('/tags', { name: `编辑标签-${Date.now()}` })).json()) as {
        doc: Doc
      }
    ).doc
    expect((await editor.del(`/tags/${tag.id}`)).status).toBe(403)
    const reviewer = await restAs('reviewer@haiqiao.local')
    expect((await reviewer.del(`/tags/${tag.id}`)).status).toBe(200)
  })

  it('栏目路径随上级生成，不能把栏目挂到自己下面', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const parent = (
      (await (
        await editor.post('/columns', { title: '测试父栏目', slug: `parent-${Date.now()}` })
      ).json()) as { doc: Doc & { slug: string } }
    ).doc
    const childRes = await editor.post('/columns', {
      title: '测试子栏目',
      slug: `child-${Date.now()}`,
      parent: parent.id,
    })
    const child = ((await childRes.json()) as { doc: Doc & { path: string; slug: string } }).doc
    expect(child.path).toBe(`${parent.slug}/${child.slug}`)
    const cycle = await editor.patch(`/columns/${parent.id}`, { parent: child.id })
    expect(cycle.status).toBe(400)
    expect(JSON.stringify(await cycle.json())).toContain('上级栏目不能是本栏目或其下级栏目')
  })
})
