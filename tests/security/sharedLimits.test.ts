// Limits on public submissions and failed logins are kept in PostgreSQL and shared by every CMS server
// (issue 15 §5): two servers on one database count together per visitor address; behind trusted proxies the
// client address is the one the proxy appended, never what the client wrote on the left of X-Forwarded-For;
// refused service requests are audited one by one only up to a limit per sender.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startCmsServer, type CmsServer } from '../../scripts/lib/cmsServer.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { clientAddress, proxyTrustFromEnv } from '../../contracts/clientAddress.ts'
import { CONSULTATION_PATH } from '../../contracts/forms/consultation.ts'
import { PUBLIC_FORM_LIMIT } from '../../contracts/forms/publicForm.ts'
import { REFUSALS_AUDITED } from '../../cms/lib/http/serviceRequest.ts'
import { question, refusal } from '../support/consultationForm.ts'
import { post } from '../support/login.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { portalPost } from '../support/portal.ts'
import { restAs } from '../support/rest.ts'

const cmsUrl = () => inject('haiqiao').cmsUrl
const db = ownerPool()

describe('限流存于 PostgreSQL，各 CMS 服务器共用；代理之后取代理追加的地址', () => {
  // A second CMS server on the same database and key store, behind one trusted proxy, with 3 failed logins per address.
  let second: CmsServer
  beforeAll(async () => {
    const { payloadSecret, keystoreDir, runtimeDatabaseUrl } = inject('haiqiao')
    second = await startCmsServer({
      port: await freePort(),
      quiet: true,
      env: {
        DATABASE_URL: runtimeDatabaseUrl,
        PAYLOAD_SECRET: payloadSecret,
        HAIQIAO_KEYSTORE_DIR: keystoreDir,
        HAIQIAO_TRUST_PROXY: 'true',
        HAIQIAO_LOGIN_IP_LIMIT: '3',
      },
    })
  })
  afterAll(() => second?.stop())

  it('每个访客地址 10 分钟内最多 20 次，两台服务器合计；其他访客不受影响', async () => {
    const visitor = '203.0.113.50'
    const trap = { website: 'bot' }
    for (let i = 0; i < PUBLIC_FORM_LIMIT.points; i++) {
      const res = await portalPost(CONSULTATION_PATH, trap, {
        visitor,
        baseUrl: i % 2 ? second.url : cmsUrl(),
      })
      expect(res.status).toBe(202)
    }
    for (const baseUrl of [cmsUrl(), second.url]) {
      const refused = await portalPost(CONSULTATION_PATH, question('限流测试'), {
        visitor,
        baseUrl,
      })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await refusal(refused)).message).toMatch(/^提交过于频繁，请 \d+ 分钟后再试。$/)
    }
    expect(
      (await portalPost(CONSULTATION_PATH, trap, { visitor: '203.0.113.51', baseUrl: second.url }))
        .status,
    ).toBe(202)
    const row = await db.query<{ points: number }>(
      'SELECT points FROM rate_limits WHERE key = $1',
      [`form:consultations:${visitor}`],
    )
    expect(row.rows[0]!.points).toBeGreaterThan(PUBLIC_FORM_LIMIT.points)
  })

  it('登录失败按代理追加的地址计数：伪造最左边的 X-Forwarded-For 既躲不开限流，也改不了审计中的地址', async () => {
    const proxied = (forged: string) => ({ 'X-Forwarded-For': `${forged}, 203.0.113.77` })
    for (let i = 0; i < 3; i++) {
      const res = await post(
        `${second.url}/api/users/login`,
        { email: `xff${i}@haiqiao.local`, password: 'Wrong-pass1' },
        proxied(`10.9.9.${i}`),
      )
      expect(res.status).toBe(401)
    }
    const { passwords } = inject('haiqiao')
    const blocked = await post(
      `${second.url}/api/users/login`,
      { email: 'editor@haiqiao.local', password: passwords['editor@haiqiao.local']! },
      proxied('10.9.9.200'),
    )
    expect(blocked.status).toBe(429)
    // Another address behind the same proxy is not blocked.
    expect(
      (
        await post(
          `${second.url}/api/users/login`,
          { email: 'xff@haiqiao.local', password: 'Wrong-pass1' },
          { 'X-Forwarded-For': '203.0.113.78' },
        )
      ).status,
    ).toBe(401)

    const auditor = await restAs('auditor@haiqiao.local')
    const failures = (await (
      await auditor.get(
        '/audit-log?where[event][equals]=auth.login&where[result][equals]=failure&sort=-seq&limit=20',
      )
    ).json()) as { docs: { ip: string }[] }
    const ips = failures.docs.map((entry) => entry.ip)
    expect(ips.filter((ip) => ip === '203.0.113.77').length).toBeGreaterThanOrEqual(4)
    expect(ips.some((ip) => ip.startsWith('10.9.9.'))).toBe(false)
    // Kept in PostgreSQL, where the main server and any other would read it.
    const row = await db.query<{ points: number }>(
      'SELECT points FROM rate_limits WHERE key = $1 AND expires_at > now()',
      ['login-ip:203.0.113.77'],
    )
    expect(row.rows[0]!.points).toBe(3)
  })

  it('被拒绝的服务请求逐条审计有上限：每个发送地址每分钟前 30 次逐条记录，之后只记一条说明，仍然一律拒绝', async () => {
    // Behind the trusted proxy the sender is the address the proxy appended: one of its own for this test.
    const sender = '203.0.113.90'
    const {
      rows: [{ seq }],
    } = await db.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM audit_log')
    const forged = () =>
      fetch(`${second.url}${CONSULTATION_PATH}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': sender,
          'x-haiqiao-signature': 'forged',
        },
        body: JSON.stringify(question('伪造签名')),
      })
    for (let i = 0; i < REFUSALS_AUDITED.points + 10; i++) expect((await forged()).status).toBe(401)
    const { rows } = await db.query<{ reason: string }>(
      "SELECT reason FROM audit_log WHERE seq > $1 AND event = 'service.request' AND ip = $2 ORDER BY seq",
      [seq, sender],
    )
    expect(rows).toHaveLength(REFUSALS_AUDITED.points + 1)
    expect(rows.slice(0, -1).every((row) => row.reason === 'service_credential_invalid')).toBe(true)
    expect(rows.at(-1)!.reason).toMatch(/超过 30 次，本时段其余的拒绝只计数、不逐条记录/)
  })

  it('地址函数：不信任代理时用连接地址；信任时取右数第 N 项；项数不足或不是 IP 时用连接地址', () => {
    const req = (forwarded?: string | string[]) => ({
      socket: { remoteAddress: '10.0.0.5' },
      headers: { 'x-forwarded-for': forwarded },
    })
    const one = proxyTrustFromEnv({ HAIQIAO_TRUST_PROXY: 'true' })
    const two = proxyTrustFromEnv({ HAIQIAO_TRUST_PROXY: 'true', HAIQIAO_TRUSTED_PROXY_HOPS: '2' })
    expect(one).toEqual({ trustProxy: true, hops: 1 })
    expect(clientAddress(req('1.1.1.1, 203.0.113.9'), proxyTrustFromEnv({}))).toBe('10.0.0.5')
    expect(clientAddress(req('1.1.1.1, 203.0.113.9'), one)).toBe('203.0.113.9')
    expect(clientAddress(req(['1.1.1.1', '2.2.2.2, 203.0.113.9']), one)).toBe('203.0.113.9')
    expect(clientAddress(req('1.1.1.1, 203.0.113.9, 10.0.0.4'), two)).toBe('203.0.113.9')
    expect(clientAddress(req('203.0.113.9'), two)).toBe('10.0.0.5')
    expect(clientAddress(req(), one)).toBe('10.0.0.5')
    expect(clientAddress(req('1.1.1.1, not-an-ip'), one)).toBe('10.0.0.5')
    expect(clientAddress(req('2001:db8::1'), one)).toBe('2001:db8::1')
  })
})
