// What a session alone can change on its own account (issue 15 §1): a new password needs the current one on
// every route (REST, GraphQL, Local API with a user) and is audited; the sign-in e-mail, roles, lock, sessions
// and second-factor fields stay as they are. A system admin's reset of someone else's password still works.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { User } from '../../payload-types.ts'
import { login, post } from '../support/login.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

const { cmsUrl, databaseUrl } = inject('haiqiao')
let db: pg.Pool

beforeAll(() => {
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 })
})
afterAll(() => db.end())

/** A users row as pg returns it (numeric columns as strings). */
type Row = {
  email: string
  password_hash: string
  must_change_password: boolean
  login_attempts: string | null
  lock_until: Date | null
  mfa_secret: string
  mfa_last_step: string
  recovery_codes: unknown
  roles_tag: string
  password_changed_at: Date
}
const rowOf = async (id: string) =>
  (await db.query<Row>('SELECT * FROM users WHERE id = $1', [id])).rows[0]!
const sessionCount = async (id: string) =>
  Number(
    (
      await db.query<{ n: string }>(
        'SELECT count(*) AS n FROM users_sessions WHERE _parent_id = $1',
        [id],
      )
    ).rows[0]!.n,
  )
const audits = async (id: string, result: string) =>
  (
    await db.query<{ reason: string | null }>(
      "SELECT reason FROM audit_log WHERE event = 'auth.password-change' AND object_id = $1 AND result = $2 ORDER BY seq",
      [id, result],
    )
  ).rows.map((row) => row.reason)

/** A staff member signed in with their own session: REST and GraphQL calls as them. */
async function signedIn(label: string) {
  const staff = await newStaff('editor', label)
  const password = strongPassword()
  const { token } = await login(cmsUrl, staff.email, staff.password, { newPassword: password })
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const patch = (path: string, body: unknown) =>
    fetch(`${cmsUrl}/api${path}`, { method: 'PATCH', headers, body: JSON.stringify(body) })
  const graphql = async (query: string, variables: Record<string, unknown>) =>
    (await (
      await fetch(`${cmsUrl}/api/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
  return { ...staff, password, patch, graphql }
}

const errorText = async (res: Response) => JSON.stringify(await res.json())

describe('修改本人密码须验证当前密码', () => {
  it('REST：不带当前密码或当前密码错误都被拒绝（中文提示、审计、计入失败次数）；带正确的当前密码才修改并审计', async () => {
    const me = await signedIn('own-password')
    const before = await rowOf(me.id)
    const missing = await me.patch(`/users/${me.id}`, { password: strongPassword() })
    expect(missing.status).toBe(400)
    expect(await errorText(missing)).toContain('当前密码')
    const wrong = await me.patch(`/users/${me.id}`, {
      password: strongPassword(),
      currentPassword: 'Not-the-1-password',
    })
    expect(wrong.status).toBe(403)
    expect(await errorText(wrong)).toContain('当前密码不正确')
    const refusedRow = await rowOf(me.id)
    expect(refusedRow.password_hash).toBe(before.password_hash)
    expect(Number(refusedRow.login_attempts)).toBe(1)
    expect(await audits(me.id, 'failure')).toEqual([
      'current-password-missing',
      'wrong-current-password',
    ])

    const next = strongPassword()
    const changed = await me.patch(`/users/${me.id}`, {
      password: next,
      currentPassword: me.password,
    })
    expect(changed.status).toBe(200)
    expect(await errorText(changed)).not.toContain(me.password)
    const after = await rowOf(me.id)
    expect(after.password_hash).not.toBe(before.password_hash)
    expect(after.must_change_password).toBe(false)
    expect(await audits(me.id, 'success')).toContain('self-with-current-password')
    expect(
      (await post(`${cmsUrl}/api/users/login`, { email: me.email, password: next })).body.next,
    ).toBe('mfa')
  })

  it('GraphQL 与批量修改同样受限', async () => {
    const me = await signedIn('own-password-gql')
    const before = await rowOf(me.id)
    const mutation =
      'mutation($id: String!, $p: String!, $c: String) { updateUser(id: $id, data: { password: $p, currentPassword: $c }) { id } }'
    const refused = await me.graphql(mutation, { id: me.id, p: strongPassword() })
    expect(refused.data?.updateUser ?? null).toBeNull()
    expect(refused.errors?.[0]?.message).toContain('当前密码')
    const bulk = await me.patch(`/users?where[id][equals]=${me.id}`, { password: strongPassword() })
    expect(bulk.status).toBe(400)
    expect((await rowOf(me.id)).password_hash).toBe(before.password_hash)
    const accepted = await me.graphql(mutation, { id: me.id, p: strongPassword(), c: me.password })
    expect(accepted.errors).toBeUndefined()
    expect((await rowOf(me.id)).password_hash).not.toBe(before.password_hash)
  })

  it('本地 API 以本人身份调用同样须验证当前密码', async () => {
    const me = await signedIn('own-password-local')
    const before = await rowOf(me.id)
    let payload: Payload | undefined
    try {
      payload = await testPayload()
      const user = {
        ...(await payload.findByID({ collection: 'users', id: me.id, depth: 0 })),
        collection: 'users',
      } as User & { collection: 'users' }
      await expect(
        payload.update({
          collection: 'users',
          id: me.id,
          data: { password: strongPassword() },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/当前密码/)
    } finally {
      if (payload) await closePayload(payload)
    }
    expect((await rowOf(me.id)).password_hash).toBe(before.password_hash)
  })

  it('系统管理员重置他人密码无须对方的当前密码，对方下次登录须修改，并写入审计', async () => {
    const other = await signedIn('reset-by-admin')
    const reset = await (
      await restAs('sysadmin@haiqiao.local')
    ).patch(`/users/${other.id}`, { password: strongPassword() })
    expect(reset.status).toBe(200)
    expect((await rowOf(other.id)).must_change_password).toBe(true)
    expect(await audits(other.id, 'success')).toContain('reset-by-admin')
  })
})

describe('本人不能修改账号的安全字段', () => {
  it('登录邮箱被拒绝修改；角色、锁定、会话、双因素与口令哈希等字段的修改被忽略', async () => {
    const me = await signedIn('own-fields')
    for (let i = 0; i < 2; i++)
      await post(`${cmsUrl}/api/users/login`, { email: me.email, password: `Wrong-pass${i}` })
    const before = await rowOf(me.id)
    expect(Number(before.login_attempts)).toBe(2)
    const sessions = await sessionCount(me.id)

    const email = await me.patch(`/users/${me.id}`, {
      email: `taken-over-${Date.now()}@example.com`,
    })
    expect(email.status).toBe(403)
    expect(await errorText(email)).toContain('登录邮箱')
    const viaGraphql = await me.graphql(
      'mutation($id: String!) { updateUser(id: $id, data: { email: "gql-takeover@example.com" }) { email } }',
      { id: me.id },
    )
    expect(viaGraphql.errors?.[0]?.message).toContain('登录邮箱')

    await me.patch(`/users/${me.id}`, {
      roles: ['systemAdmin'],
      loginAttempts: 0,
      lockUntil: null,
      sessions: [],
      mfaSecret: 'AAAA',
      mfaLastStep: 1,
      recoveryCodes: [],
      rolesTag: 'forged',
      passwordHash: 'forged',
      passwordHistory: [],
      mustChangePassword: true,
      passwordChangedAt: '2020-01-01T00:00:00Z',
      mfaEnabledAt: null,
      hash: 'forged',
      salt: 'forged',
      resetPasswordToken: 'forged',
    })
    const after = await rowOf(me.id)
    for (const column of [
      'email',
      'password_hash',
      'must_change_password',
      'login_attempts',
      'lock_until',
      'mfa_secret',
      'mfa_last_step',
      'roles_tag',
    ] as const) {
      expect(after[column], column).toEqual(before[column])
    }
    expect(after.recovery_codes).toEqual(before.recovery_codes)
    expect(after.password_changed_at).toEqual(before.password_changed_at)
    expect(await sessionCount(me.id)).toBe(sessions)
    const roles = (
      await db.query<{ value: string }>('SELECT value FROM users_roles WHERE parent_id = $1', [
        me.id,
      ])
    ).rows.map((row) => row.value)
    expect(roles).toEqual(['editor'])
    // The profile itself stays the owner's to keep up to date.
    expect((await me.patch(`/users/${me.id}`, { department: '对外合作处' })).status).toBe(200)
  })
})
