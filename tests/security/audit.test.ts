// The audit log: every change and login is recorded with who/where/what and SM3 before/after digests,
// chained by HMAC-SM3 with the platform's audit key; only the audit admin reads and exports it, and no role
// can add, change or delete a record through the API. How it is stored and verified: auditStorage.test.ts;
// how a record joins the request's transaction: auditTransactions.test.ts; tampering with the verifier
// command itself: auditTamper.test.ts.
import { describe, expect, inject, it } from 'vitest'
import { ownerPool } from '../support/ownerPool.ts'
import { restAs } from '../support/rest.ts'
import { staffSessions } from '../support/staffSessions.ts'

const { reviewer, auditor, editor } = await staffSessions()
const pool = ownerPool()

type AuditDoc = {
  seq: number
  event: string
  reason: string
  actorId: string
  actorRoles: string
  objectId: string
  userAgent: string
  requestId: string
  beforeDigest: string
  afterDigest: string
  hash: string
}

const latest = async (event: string, extra = '') => {
  const res = await auditor.get(
    `/audit-log?where[event][equals]=${event}${extra}&sort=-seq&limit=1`,
  )
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: AuditDoc[] }).docs[0]
}

describe('审计日志', () => {
  it('登录与内容变更被记录：操作人、角色、客户端、请求编号、变更前后 SM3 摘要', async () => {
    expect(await latest('auth.login', '&where[actorRoles][equals]=auditAdmin')).toMatchObject({
      event: 'auth.login',
      actorRoles: 'auditAdmin',
    })
    const {
      docs: [article],
    } = (await (await reviewer.get('/articles?limit=1&depth=0')).json()) as {
      docs: { id: string }[]
    }
    expect(
      (await reviewer.patch(`/articles/${article!.id}`, { summary: '审计测试：审核员修改摘要。' }))
        .status,
    ).toBe(200)
    const record = await latest('articles.update')
    expect(record).toMatchObject({ objectId: article!.id, actorRoles: 'reviewer' })
    expect(record!.actorId).toBeTruthy()
    expect(record!.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(record!.beforeDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(record!.afterDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(record!.afterDigest).not.toBe(record!.beforeDigest)
    // Keyed by the audit key version: HMAC-SM3, not a plain SM3 anyone could recompute.
    expect(record!.hash).toMatch(/^v\d+:[0-9a-f]{64}$/)
  })

  it('登录失败与配置修改也被记录', async () => {
    const { cmsUrl } = inject('haiqiao')
    const res = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'service@haiqiao.local', password: 'wrong-password' }),
    })
    expect(res.status).toBe(401)
    expect(await latest('auth.login', '&where[result][equals]=failure')).toMatchObject({
      reason: 'wrong-password',
    })
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    expect(
      (await sysadmin.post('/globals/site-settings', { contact: '服务热线 021-00000001（演示）' }))
        .status,
    ).toBe(200)
    const record = await latest('site-settings.update')
    expect(record?.beforeDigest).not.toBe(record?.afterDigest)
  })

  it('只有审计管理员能查看；任何角色都不能通过 API 新增、修改或删除', async () => {
    expect((await editor.get('/audit-log')).status).toBe(403)
    expect((await reviewer.get('/audit-log')).status).toBe(403)
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    expect((await sysadmin.get('/audit-log')).status).toBe(403)
    const record = (await latest('auth.login'))!
    const { docs } = (await (
      await auditor.get(`/audit-log?where[seq][equals]=${record.seq}`)
    ).json()) as { docs: { id: string }[] }
    for (const client of [auditor, sysadmin]) {
      expect(
        (
          await client.post('/audit-log', {
            seq: 999999,
            at: new Date().toISOString(),
            event: 'forged',
          })
        ).status,
      ).toBe(403)
      expect((await client.patch(`/audit-log/${docs[0]!.id}`, { event: 'changed' })).status).toBe(
        403,
      )
      expect((await client.del(`/audit-log/${docs[0]!.id}`)).status).toBe(403)
    }
  })

  it('审计管理员按时间段导出 CSV（含每条哈希，可与链核对），导出本身被记录；其他角色不能导出', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const res = await auditor.get(`/audit-log/export?from=2026-01-01&to=${today}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.startsWith('序号,时间,事件')).toBe(true)
    const lines = csv.trim().split('\r\n')
    const {
      rows: [first],
    } = await pool.query('SELECT seq, hash FROM audit_log ORDER BY seq LIMIT 1')
    expect(lines[1]!.startsWith(`${first.seq},`)).toBe(true)
    expect(lines[1]!.endsWith(first.hash)).toBe(true)
    expect(await latest('audit.export')).toMatchObject({ actorRoles: 'auditAdmin' })
    expect((await editor.get(`/audit-log/export?from=2026-01-01&to=${today}`)).status).toBe(403)
    const bad = await auditor.get('/audit-log/export?from=2026-12-31&to=2026-01-01')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('开始日期不能晚于结束日期')
  })
})
