// Login steps are single-use (issue 15 §1): a challenge that opened the next step or a session is spent, so
// neither the next TOTP code, a recovery code nor a parallel request can use it again. A preview link lives no
// longer than the login session it was made in.
import { Secret, TOTP } from 'otpauth'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { previewToken } from '../../cms/lib/preview.ts'
import { login, post } from '../support/login.ts'
import { newStaff, strongPassword } from '../support/staff.ts'
import { draftArticle } from '../support/workflow.ts'

const { cmsUrl, databaseUrl, keystoreDir } = inject('haiqiao')
const api = `${cmsUrl}/api/users`
let db: pg.Pool

beforeAll(() => {
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 })
})
afterAll(() => db.end())

const codeAt = (secret: string, step: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 })

/**
 * Two unused codes that stay valid for a while: the account's last used step is set back to the previous
 * one, so the codes of this step and the next both pass the TOTP check (the server accepts one step either
 * side of now), even if a 30-second boundary passes during the test.
 */
async function twoFreshCodes(id: string, secret: string): Promise<[string, string]> {
  const now = Math.floor(Date.now() / 30_000)
  await db.query('UPDATE users SET mfa_last_step = $2 WHERE id = $1', [id, now - 1])
  return [codeAt(secret, now), codeAt(secret, now + 1)]
}

async function enrolledStaff(label: string) {
  const staff = await newStaff('editor', label)
  const password = strongPassword()
  const { secret, recoveryCodes } = await login(cmsUrl, staff.email, staff.password, {
    newPassword: password,
  })
  return { ...staff, password, secret, recoveryCodes: recoveryCodes! }
}

describe('登录挑战只能使用一次', () => {
  it('登录完成后，同一挑战配下一个验证码或恢复码都不能再开会话', async () => {
    const staff = await enrolledStaff('replay')
    const {
      body: { challenge },
    } = await post(`${api}/login`, { email: staff.email, password: staff.password })
    const [first, next] = await twoFreshCodes(staff.id, staff.secret)
    const opened = await post(`${api}/login/verify`, { challenge, code: first })
    expect(opened.status).toBe(200)
    expect(opened.body.token).toBeTruthy()

    const again = await post(`${api}/login/verify`, { challenge, code: next })
    expect(again.status).toBe(400)
    expect(again.body.token).toBeUndefined()
    expect(again.body.error?.message).toContain('请重新输入账号和密码')
    const withRecovery = await post(`${api}/login/verify`, {
      challenge,
      recoveryCode: staff.recoveryCodes[0],
    })
    expect(withRecovery.status).toBe(400)
    expect(withRecovery.body.token).toBeUndefined()
    // The code and the recovery code are still unused: with a new challenge (after the password) they work.
    const fresh = await post(`${api}/login`, { email: staff.email, password: staff.password })
    expect(
      (await post(`${api}/login/verify`, { challenge: fresh.body.challenge, code: next })).status,
    ).toBe(200)
  })

  it('一个错误的验证码不消耗挑战，正确的才消耗', async () => {
    const staff = await enrolledStaff('typo')
    const {
      body: { challenge },
    } = await post(`${api}/login`, { email: staff.email, password: staff.password })
    const [code] = await twoFreshCodes(staff.id, staff.secret)
    expect(
      (
        await post(`${api}/login/verify`, {
          challenge,
          code: code === '000000' ? '111111' : '000000',
        })
      ).status,
    ).toBe(401)
    expect((await post(`${api}/login/verify`, { challenge, code })).status).toBe(200)
  })

  it('同一挑战配两个不同的有效验证码并发提交，只开一个会话', async () => {
    const staff = await enrolledStaff('parallel-codes')
    const {
      body: { challenge },
    } = await post(`${api}/login`, { email: staff.email, password: staff.password })
    const [first, next] = await twoFreshCodes(staff.id, staff.secret)
    const answers = await Promise.all(
      [first, next].map((code) => post(`${api}/login/verify`, { challenge, code })),
    )
    expect(answers.filter((answer) => answer.body.token).length).toBe(1)
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
  })

  it('设置新密码一步的挑战也只能用一次：并发提交两个新密码，只有一个生效', async () => {
    const staff = await newStaff('editor', 'parallel-password')
    const first = await post(`${api}/login`, { email: staff.email, password: staff.password })
    const enrolled = await post(`${api}/login/verify`, {
      challenge: first.body.challenge,
      code: codeAt(first.body.secret!, Math.floor(Date.now() / 30_000)),
    })
    expect(enrolled.body.next).toBe('password')
    const passwords = [strongPassword(), strongPassword()]
    const answers = await Promise.all(
      passwords.map((password) =>
        post(`${api}/login/password`, { challenge: enrolled.body.challenge, password }),
      ),
    )
    expect(answers.filter((answer) => answer.body.token).length).toBe(1)
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
    const {
      rows: [row],
    } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM audit_log WHERE event = 'auth.password-change' AND result = 'success' AND object_id = $1",
      [staff.id],
    )
    expect(Number(row!.n)).toBe(1)
  })

  it('挑战的使用状态存在 PostgreSQL 中：过期或已用的挑战在任何一台应用服务器上都无效', async () => {
    const staff = await enrolledStaff('expired')
    const {
      body: { challenge },
    } = await post(`${api}/login`, { email: staff.email, password: staff.password })
    await db.query(
      "UPDATE login_challenges SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND spent_at IS NULL",
      [staff.id],
    )
    const [code] = await twoFreshCodes(staff.id, staff.secret)
    const late = await post(`${api}/login/verify`, { challenge, code })
    expect(late.status).toBe(400)
    expect(late.body.token).toBeUndefined()
  })
})

describe('预览链接随登录会话失效', () => {
  it('退出登录后，会话中签发的预览链接不再能读取草稿', async () => {
    process.env.HAIQIAO_KEYSTORE_DIR = keystoreDir
    const staff = await enrolledStaff('preview')
    const { token } = await login(cmsUrl, staff.email, staff.password, { secret: staff.secret })
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
      sid: string
    }
    const id = await draftArticle('预览链接随会话失效')
    // The link the admin's Preview button makes for this person in this session (cms/lib/preview.ts).
    const link = previewToken({ collection: 'articles', id, userId: staff.id, sid })
    const read = () =>
      fetch(`${cmsUrl}/api/site-preview/articles/${id}?token=${encodeURIComponent(link)}`)
    expect((await read()).status).toBe(200)
    expect(
      (await fetch(`${api}/logout`, { method: 'POST', headers: { Authorization: `JWT ${token}` } }))
        .status,
    ).toBe(200)
    const after = await read()
    expect(after.status).toBe(403)
    expect(JSON.stringify(await after.json())).toContain('会话已结束')
  })
})
