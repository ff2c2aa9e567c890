// Staff passwords (等保 8.1.4) against the running CMS: 国密 password hashes (PBKDF2-HMAC-SM3) and nothing of
// Payload's own, complexity, the last 5 passwords not reused, a new password at first login and after 90
// days; an initial password left unchanged for 72 hours or an account unused for 30 days is disabled until
// reset, and the server command line can reactivate an account (audited).
import { describe, expect, inject, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { login, post, totpCode } from '../support/login.ts'
import { restAs } from '../support/rest.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { me } from '../support/sessionUser.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

const { cmsUrl } = inject('haiqiao')
const api = `${cmsUrl}/api/users`
const db = ownerPool()

describe('口令：国密哈希、复杂度、历史、首次登录修改', () => {
  it('新账号须绑定动态验证码并修改管理员设置的初始密码；不能重用最近 5 次的密码', async () => {
    const staff = await newStaff('editor', 'first')
    const first = await post(`${api}/login`, { email: staff.email, password: staff.password })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ next: 'enroll' })
    expect(first.body.token).toBeUndefined()
    expect(first.cookie).toBe('')

    const enrolled = await post(`${api}/login/verify`, {
      challenge: first.body.challenge,
      code: totpCode(first.body.secret!),
    })
    expect(enrolled.body.next).toBe('password')
    expect(enrolled.body.recoveryCodes).toHaveLength(10)
    expect(enrolled.body.token).toBeUndefined()

    const reused = await post(`${api}/login/password`, {
      challenge: enrolled.body.challenge,
      password: staff.password,
    })
    expect(reused.status).toBe(400)
    expect(reused.body.error?.message).toContain('最近 5 次')
    const weak = await post(`${api}/login/password`, {
      challenge: enrolled.body.challenge,
      password: 'abcdefgh1',
    })
    expect(weak.body.error?.message).toContain('3 类')

    const changed = await post(`${api}/login/password`, {
      challenge: enrolled.body.challenge,
      password: strongPassword(),
    })
    expect(changed.status).toBe(200)
    expect(changed.cookie).toMatch(/payload-token=.+HttpOnly/i)
    expect(changed.cookie).toMatch(/SameSite=Strict/i)
    expect((await me(changed.body.token!))?.id).toBe(staff.id)
    // The challenge was bound to the old password hash: it cannot be replayed after the change.
    expect(
      (
        await post(`${api}/login/password`, {
          challenge: enrolled.body.challenge,
          password: strongPassword(),
        })
      ).status,
    ).toBe(400)
  })

  it('数据库只存 PBKDF2-HMAC-SM3 口令哈希、SM4 加密的动态口令密钥和恢复码的 HMAC；不存 Payload 的 SHA-256 哈希', async () => {
    const staff = await newStaff('reviewer', 'rows')
    const { recoveryCodes } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: strongPassword(),
    })
    const {
      rows: [row],
    } = await db.query(
      'SELECT password_hash, password_history, hash, salt, mfa_secret, recovery_codes, roles_tag FROM users WHERE id = $1',
      [staff.id],
    )
    expect(row.password_hash).toMatch(/^pbkdf2-sm3\$100000\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(row.password_history).toHaveLength(2)
    expect(row.hash).toBeNull()
    expect(row.salt).toBeNull()
    expect(row.mfa_secret).toMatch(/^hq1\./)
    expect(row.recovery_codes).toHaveLength(10)
    for (const code of recoveryCodes!)
      expect(JSON.stringify(row.recovery_codes)).not.toContain(code)
    expect(row.roles_tag).toMatch(/^v\d+:[0-9a-f]{64}$/)
  })

  it('密码超过 90 天未修改，通过双因素后须先设置新密码', async () => {
    const staff = await newStaff('editor', 'expired')
    const password = strongPassword()
    const { secret } = await login(cmsUrl, staff.email, staff.password, { newPassword: password })
    await db.query(
      `UPDATE users SET password_changed_at = now() - interval '91 days' WHERE id = $1`,
      [staff.id],
    )
    const step = await post(`${api}/login`, { email: staff.email, password })
    const verified = await post(`${api}/login/verify`, {
      challenge: step.body.challenge,
      code: totpCode(secret),
    })
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ next: 'password' })
    expect((verified.body as { reason?: string }).reason).toContain('90 天未修改')
    expect(verified.body.token).toBeUndefined()
  })

  it('弱口令在建账号时被拒绝，提示中文原因', async () => {
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    for (const [password, reason] of [
      ['Ab1#', '至少 8 位'],
      ['abcdefgh12', '3 类'],
    ] as const) {
      const res = await sysadmin.post('/users', {
        email: `weak-${Date.now()}@haiqiao.local`,
        name: '弱口令',
        password,
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(reason)
    }
  })
})

describe('账号停用', () => {
  it('管理员设置的初始密码 72 小时内未修改，或账号 30 天未使用，即使口令正确也不能登录；重新设置密码后恢复', async () => {
    const fresh = await newStaff('editor', 'stale')
    await db.query(
      `UPDATE users SET password_changed_at = now() - interval '73 hours' WHERE id = $1`,
      [fresh.id],
    )
    const stale = await post(`${api}/login`, { email: fresh.email, password: fresh.password })
    expect(stale.status).toBe(403)
    expect(stale.body.error?.message).toContain('72 小时未修改')

    const used = await newStaff('reviewer', 'dormant')
    const password = strongPassword()
    await login(cmsUrl, used.email, used.password, { newPassword: password })
    await db.query(
      `UPDATE users SET password_changed_at = now() - interval '40 days', last_login_at = now() - interval '31 days' WHERE id = $1`,
      [used.id],
    )
    const dormant = await post(`${api}/login`, { email: used.email, password })
    expect(dormant.status).toBe(403)
    expect(dormant.body.error?.message).toContain('30 天未使用')

    const reset = strongPassword()
    expect(
      (
        await (
          await restAs('sysadmin@haiqiao.local')
        ).patch(`/users/${used.id}`, { password: reset })
      ).status,
    ).toBe(200)
    expect((await post(`${api}/login`, { email: used.email, password: reset })).body.next).toBe(
      'mfa',
    )
  })

  it('服务器命令行应急启用：一次性密码、重新绑定动态验证码、写入审计', async () => {
    const staff = await newStaff('editor', 'breakglass')
    await login(cmsUrl, staff.email, staff.password, { newPassword: strongPassword() })
    await db.query(
      `UPDATE users SET last_login_at = now() - interval '60 days', password_changed_at = now() - interval '60 days' WHERE id = $1`,
      [staff.id],
    )
    const { databaseUrl: url, payloadSecret, keystoreDir } = inject('haiqiao')
    const cli = await runCli('scripts/account-reactivate.ts', [staff.email], {
      DATABASE_URL: url,
      PAYLOAD_SECRET: payloadSecret,
      HAIQIAO_KEYSTORE_DIR: keystoreDir,
    })
    expect(cli.status).toBe(0)
    const oneTime = /\n\s+(\S+)\s*$/.exec(cli.stdout)![1]!
    const first = await post(`${api}/login`, { email: staff.email, password: oneTime })
    expect(first.body.next).toBe('enroll')
    const auditor = await restAs('auditor@haiqiao.local')
    const records = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=account.reactivate&where[objectId][equals]=${staff.id}`,
      )
    ).json()) as { totalDocs: number }
    expect(records.totalDocs).toBe(1)
  })
})
