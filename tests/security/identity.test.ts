// Staff identity (等保 8.1.4) against the running CMS: lockout after failed logins (also when guessed in
// parallel) without telling whether the account exists, logout, the one-time setup of the system admin,
// role integrity tags, and privilege escalation attempts over GraphQL. Passwords: passwords.test.ts; the
// second factor: mfa.test.ts; session limits and per-IP throttling: sessionLimits.test.ts.
import { describe, expect, inject, it } from 'vitest'
import { login, post } from '../support/login.ts'
import { restAs } from '../support/rest.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { me } from '../support/sessionUser.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

const { cmsUrl } = inject('haiqiao')
const api = `${cmsUrl}/api/users`
const db = ownerPool()

const GENERIC = /账号或密码错误/

describe('锁定、退出、初始化', () => {
  it('连续 5 次失败锁定 30 分钟，其间正确口令也被拒绝，提示不泄露账号是否存在', async () => {
    const staff = await newStaff('editor', 'lock')
    const unknown = await post(`${api}/login`, {
      email: 'nobody@haiqiao.local',
      password: 'Wrong-pass1',
    })
    expect(unknown.status).toBe(401)
    for (let i = 0; i < 5; i++) {
      const res = await post(`${api}/login`, { email: staff.email, password: `Wrong-pass${i}` })
      expect(res.status).toBe(401)
      expect(res.body.error?.message).toBe(unknown.body.error?.message)
    }
    const locked = await post(`${api}/login`, { email: staff.email, password: staff.password })
    expect(locked.status).toBe(401)
    expect(locked.body.error?.message).toMatch(GENERIC)
    const {
      rows: [row],
    } = await db.query('SELECT lock_until FROM users WHERE id = $1', [staff.id])
    expect(new Date(row.lock_until).getTime() - Date.now()).toBeGreaterThan(29 * 60_000)
    const auditor = await restAs('auditor@haiqiao.local')
    const records = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=auth.lockout&where[objectId][equals]=${staff.id}`,
      )
    ).json()) as { totalDocs: number }
    expect(records.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('并发猜测也会累计失败次数并锁定账号（计数在一条 SQL 语句中完成）', async () => {
    const staff = await newStaff('editor', 'parallel')
    const guesses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(`${api}/login`, { email: staff.email, password: `Wrong-guess${i}` }),
      ),
    )
    expect(guesses.map((guess) => guess.status)).toEqual([401, 401, 401, 401, 401, 401])
    expect(
      (await post(`${api}/login`, { email: staff.email, password: staff.password })).status,
    ).toBe(401)
    const {
      rows: [row],
    } = await db.query('SELECT lock_until FROM users WHERE id = $1', [staff.id])
    expect(new Date(row.lock_until).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000)
  })

  it('退出后会话立即失效', async () => {
    const staff = await newStaff('reviewer', 'logout')
    const { token } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: strongPassword(),
    })
    expect(await me(token)).toMatchObject({ id: staff.id })
    const res = await fetch(`${api}/logout`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(200)
    expect(await me(token)).toBeNull()
  })

  it('系统管理员只能通过一次性初始化创建，完成后不能再用', async () => {
    const status = (await (await fetch(`${api}/setup`)).json()) as { pending: boolean }
    expect(status.pending).toBe(false)
    const again = await post(`${api}/setup`, {
      code: '0000-0000-0000-0000',
      name: '冒充者',
      email: 'evil@haiqiao.local',
      password: strongPassword(),
    })
    expect(again.status).toBe(409)
  })
})

describe('三权分立与角色完整性', () => {
  it('直接用 SQL 给账号加角色会被完整性标签发现：该账号失去全部角色，审计告警', async () => {
    const staff = await newStaff('editor', 'tamper')
    const { token } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: strongPassword(),
    })
    expect((await me(token))?.roles).toEqual(['editor'])
    await db.query(
      `INSERT INTO users_roles ("order", parent_id, value) VALUES (2, $1, 'systemAdmin')`,
      [staff.id],
    )
    expect((await me(token))?.roles).toEqual([])
    const list = await fetch(`${cmsUrl}/api/users`, { headers: { Authorization: `JWT ${token}` } })
    expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(1)
    expect(
      (
        (await fetch(`${cmsUrl}/api/articles?draft=true&limit=1`, {
          headers: { Authorization: `JWT ${token}` },
        }).then((r) => r.json())) as { docs: { _status: string }[] }
      ).docs.every((doc) => doc._status === 'published'),
    ).toBe(true)
    const auditor = await restAs('auditor@haiqiao.local')
    const alerts = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=security.integrity&where[objectId][equals]=${staff.id}`,
      )
    ).json()) as { totalDocs: number }
    expect(alerts.totalDocs).toBe(1)
  })

  it('越权尝试（GraphQL）：编辑不能给自己加角色、不能改他人账号、看不到他人', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const own = (await me(inject('haiqiao').sessions['editor@haiqiao.local']!))!
    // The mutation runs (own account) but the roles field is not writable by an editor: it stays as it was.
    const selfGrant = await editor.graphql(
      'mutation($id: String!) { updateUser(id: $id, data: { roles: [systemAdmin], department: "越权测试" }) { roles department } }',
      { id: own.id },
    )
    expect(selfGrant.data?.updateUser).toEqual({ roles: ['editor'], department: '越权测试' })
    expect((await me(inject('haiqiao').sessions['editor@haiqiao.local']!))?.roles).toEqual([
      'editor',
    ])
    const reviewer = (await me(inject('haiqiao').sessions['reviewer@haiqiao.local']!))!
    const other = await editor.graphql(
      'mutation($id: String!) { updateUser(id: $id, data: { name: "被改名" }) { name } }',
      { id: reviewer.id },
    )
    expect(other.data?.updateUser ?? null).toBeNull()
    expect(other.errors?.[0]?.message).toMatch(/无权|not allowed/i)
    const reviewerNow = (await (
      await restAs('sysadmin@haiqiao.local')
    )
      .get(`/users/${reviewer.id}`)
      .then((r) => r.json())) as { name: string }
    expect(reviewerNow.name).not.toBe('被改名')
    const listed = await editor.graphql('{ Users { totalDocs docs { email } } }')
    expect(listed.data?.Users).toEqual({ totalDocs: 1, docs: [{ email: 'editor@haiqiao.local' }] })
    const hidden = await (await restAs('sysadmin@haiqiao.local')).get(`/users/${reviewer.id}`)
    expect(hidden.status).toBe(200)
    const body = JSON.stringify(await hidden.json())
    expect(body).toContain('reviewer@haiqiao.local')
    for (const secret of [
      'passwordHash',
      'mfaSecret',
      'recoveryCodes',
      'rolesTag',
      'passwordHistory',
    ])
      expect(body).not.toContain(secret)
  })
})
