// The second factor for every staff account (等保 8.1.4): a password alone gives no session; wrong, reused
// or concurrently replayed codes and recovery codes are refused; the enrolment challenge is spent once bound;
// Payload's own password login, password reset and first-user registration are closed; the system admin
// resets another account's authenticator, never their own.
import { describe, expect, inject, it } from 'vitest'
import { login, post, totpCode } from '../support/login.ts'
import { restAs } from '../support/rest.ts'
import { me } from '../support/sessionUser.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

const { cmsUrl } = inject('haiqiao')
const api = `${cmsUrl}/api/users`

describe('双因素认证', () => {
  it('只有口令拿不到会话；错误或重复使用的验证码被拒绝；恢复码只能用一次', async () => {
    const staff = await newStaff('editor', 'mfa')
    const password = strongPassword()
    const { secret, recoveryCodes } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: password,
    })

    const step = await post(`${api}/login`, { email: staff.email, password })
    expect(step.body).toMatchObject({ next: 'mfa' })
    expect(step.body.token).toBeUndefined()
    expect(
      (await post(`${api}/login/verify`, { challenge: step.body.challenge, code: '000000' }))
        .status,
    ).toBe(401)
    const code = totpCode(secret)
    expect(
      (await post(`${api}/login/verify`, { challenge: step.body.challenge, code })).status,
    ).toBe(200)
    const again = await post(`${api}/login`, { email: staff.email, password })
    const replay = await post(`${api}/login/verify`, { challenge: again.body.challenge, code })
    expect(replay.status).toBe(401)
    expect(replay.body.error?.message).toContain('已使用')

    const withRecovery = await post(`${api}/login/verify`, {
      challenge: again.body.challenge,
      recoveryCode: recoveryCodes![0],
    })
    expect(withRecovery.status).toBe(200)
    expect(await me(withRecovery.body.token!)).toMatchObject({ id: staff.id })
    const third = await post(`${api}/login`, { email: staff.email, password })
    expect(
      (
        await post(`${api}/login/verify`, {
          challenge: third.body.challenge,
          recoveryCode: recoveryCodes![0],
        })
      ).status,
    ).toBe(401)
  })

  it('同一个验证码或恢复码并发提交两次，只有一次成功', async () => {
    const staff = await newStaff('reviewer', 'race')
    const password = strongPassword()
    const { secret, recoveryCodes } = await login(cmsUrl, staff.email, staff.password, {
      newPassword: password,
    })
    const twice = (body: Record<string, string>) =>
      Promise.all([post(`${api}/login/verify`, body), post(`${api}/login/verify`, body)])
    // Each pair shares one challenge and one code: one passes, the other finds the challenge spent (400) or the code used (401).
    const first = await post(`${api}/login`, { email: staff.email, password })
    const byCode = (await twice({ challenge: first.body.challenge!, code: totpCode(secret) }))
      .map((r) => r.status)
      .sort()
    expect(byCode[0]).toBe(200)
    expect([400, 401]).toContain(byCode[1])
    const second = await post(`${api}/login`, { email: staff.email, password })
    const byRecovery = (
      await twice({ challenge: second.body.challenge!, recoveryCode: recoveryCodes![1]! })
    )
      .map((r) => r.status)
      .sort()
    expect(byRecovery[0]).toBe(200)
    expect([400, 401]).toContain(byRecovery[1])
  })

  it('登记用的挑战在绑定完成后不能再用', async () => {
    const staff = await newStaff('editor', 'reenroll')
    const first = await post(`${api}/login`, { email: staff.email, password: staff.password })
    expect(
      (
        await post(`${api}/login/verify`, {
          challenge: first.body.challenge,
          code: totpCode(first.body.secret!),
        })
      ).status,
    ).toBe(200)
    const again = await post(`${api}/login/verify`, {
      challenge: first.body.challenge,
      code: totpCode(first.body.secret!),
    })
    expect(again.status).toBe(400)
  })

  it('Payload 自带的口令登录、找回密码和首位用户注册都被拒绝（REST 与 GraphQL）', async () => {
    const { passwords } = inject('haiqiao')
    const graphql = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
        variables: { e: 'editor@haiqiao.local', p: passwords['editor@haiqiao.local'] },
      }),
    })
    const answer = (await graphql.json()) as {
      data?: { loginUser?: { token?: string } | null }
      errors?: { message: string }[]
    }
    expect(answer.data?.loginUser?.token).toBeFalsy()
    expect(answer.errors?.[0]?.message).toContain('双因素认证')
    expect((await post(`${api}/forgot-password`, { email: 'editor@haiqiao.local' })).status).toBe(
      403,
    )
    expect(
      (
        await post(`${api}/first-register`, {
          email: 'x@haiqiao.local',
          password: strongPassword(),
        })
      ).status,
    ).toBe(403)
  })

  it('系统管理员可以重置他人的动态验证码（不能重置自己的），该账号下次登录重新绑定', async () => {
    const staff = await newStaff('editor', 'reset')
    const password = strongPassword()
    const session = await login(cmsUrl, staff.email, staff.password, { newPassword: password })
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    const own = (await me(inject('haiqiao').sessions['sysadmin@haiqiao.local']!))!
    expect((await sysadmin.post(`/users/${own.id}/reset-mfa`, {})).status).toBe(403)
    expect(
      (await (await restAs('secadmin@haiqiao.local')).post(`/users/${staff.id}/reset-mfa`, {}))
        .status,
    ).toBe(403)
    expect((await sysadmin.post(`/users/${staff.id}/reset-mfa`, {})).status).toBe(200)
    expect(await me(session.token)).toBeNull()
    expect((await post(`${api}/login`, { email: staff.email, password })).body.next).toBe('enroll')
  })
})
