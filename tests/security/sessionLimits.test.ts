// Staff session limits and per-IP login throttling (等保 8.1.4) on a second CMS server with short limits:
// a session idle too long ends, refreshing keeps an active one alive but never past its maximum lifetime,
// and too many failed logins from one address refuse every login from it for a while (429, Chinese).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startCmsServer, type CmsServer } from '../../scripts/lib/cmsServer.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { login, post } from '../support/login.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { me } from '../support/sessionUser.ts'
import { newStaff, strongPassword } from '../support/staff.ts'

const { cmsUrl } = inject('haiqiao')
const api = `${cmsUrl}/api/users`
const db = ownerPool()

// Time limits wide enough that a slow or busy machine (one core, a loaded CI runner) cannot expire a token
// between two steps the test takes back to back: every step has seconds of margin.
const IDLE_SECONDS = 8
const MAX_SECONDS = 20

describe('会话时限与按 IP 限流（第二个 CMS 实例：空闲 8 秒、最长 20 秒、每 IP 3 次失败）', () => {
  let short: CmsServer
  beforeAll(async () => {
    // Failed logins per address are counted once for every server (PostgreSQL): this run's earlier failures
    // from this client count here too, and this server allows only 3. Its tests start from an empty budget.
    await db.query("DELETE FROM rate_limits WHERE key LIKE 'login-ip:%'")
    const { payloadSecret, keystoreDir } = inject('haiqiao')
    short = await startCmsServer({
      port: await freePort(),
      quiet: true,
      env: {
        DATABASE_URL: inject('haiqiao').runtimeDatabaseUrl,
        PAYLOAD_SECRET: payloadSecret,
        HAIQIAO_KEYSTORE_DIR: keystoreDir,
        HAIQIAO_SESSION_IDLE_SECONDS: String(IDLE_SECONDS),
        HAIQIAO_SESSION_MAX_SECONDS: String(MAX_SECONDS),
        HAIQIAO_LOGIN_IP_LIMIT: '3',
      },
    })
  })
  afterAll(() => short?.stop())
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('空闲超过时限会话失效；活动中靠刷新续期，但不超过最长时限', async () => {
    const staff = await newStaff('editor', 'idle')
    const password = strongPassword()
    const idle = await login(short.url, staff.email, staff.password, { newPassword: password })
    expect(await me(idle.token, short.url)).toMatchObject({ id: staff.id })
    // JWT expiry has whole-second precision: a token lives at most IDLE_SECONDS after it was issued.
    await pause(IDLE_SECONDS * 1000 + 1500)
    expect(await me(idle.token, short.url)).toBeNull()

    const loginAt = Date.now()
    const active = await login(short.url, staff.email, password, { secret: idle.secret })
    let token = active.token
    const refresh = () =>
      fetch(`${short.url}/api/users/refresh-token`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}` },
      })
    let refreshes = 0
    // Refreshing every 2 seconds keeps the session alive well past its idle limit …
    while (Date.now() < loginAt + (MAX_SECONDS - 5) * 1000) {
      await pause(2000)
      const res = await refresh()
      expect(res.status).toBe(200)
      const answer = (await res.json()) as { refreshedToken: string; exp: number }
      // … but no refreshed token outlives the session's maximum lifetime.
      expect(answer.exp * 1000).toBeLessThanOrEqual(loginAt + MAX_SECONDS * 1000 + 2000)
      token = answer.refreshedToken
      expect(await me(token, short.url)).toMatchObject({ id: staff.id })
      refreshes++
    }
    expect(refreshes).toBeGreaterThanOrEqual(2)
    expect(Date.now() - loginAt).toBeGreaterThan(IDLE_SECONDS * 1000)
    await pause(Math.max(0, loginAt + MAX_SECONDS * 1000 + 2500 - Date.now()))
    expect((await refresh()).status).not.toBe(200)
    expect(await me(token, short.url)).toBeNull()
  }, 120_000)

  it('同一 IP 失败过多时暂时拒绝所有登录（429，中文提示）', async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (
          await post(`${short.url}/api/users/login`, {
            email: `spray${i}@haiqiao.local`,
            password: 'Wrong-pass1',
          })
        ).status,
      ).toBe(401)
    const { passwords } = inject('haiqiao')
    const blocked = await post(`${short.url}/api/users/login`, {
      email: 'editor@haiqiao.local',
      password: passwords['editor@haiqiao.local'],
    })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error?.message).toContain('分钟后再试')
    // The count is shared (PostgreSQL), but the main server allows 30 failures per address: not blocked there yet.
    expect(
      (
        await post(`${api}/login`, {
          email: 'editor@haiqiao.local',
          password: passwords['editor@haiqiao.local'],
        })
      ).status,
    ).toBe(200)
  })
})
