// The audit log: every change and login is recorded with who/where/what and SM3 before/after digests,
// chained by HMAC-SM3 with the platform's audit key; only the audit admin reads it; SQL cannot change it, and
// a change made behind the triggers' back is detected by the verifier (tampering with the command itself:
// auditTamper.test.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { checkCheckpoints, signCheckpoint } from '../../cms/lib/audit/checkpoint.ts'
import { verifyAuditChain } from '../../cms/lib/audit/verifyAuditChain.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

let pool: pg.Pool
let reviewer: Rest
let auditor: Rest
let editor: Rest
/** The keys the CMS server chains the log with (the test run's key store). */
let cmsCrypto: SoftCryptoProvider

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('haiqiao').databaseUrl, max: 2 })
  cmsCrypto = new SoftCryptoProvider(new SoftKeyStore({ dir: inject('haiqiao').keystoreDir }))
  ;[reviewer, auditor, editor] = await Promise.all([
    restAs('reviewer@haiqiao.local'),
    restAs('auditor@haiqiao.local'),
    restAs('editor@haiqiao.local'),
  ])
})
afterAll(() => pool.end())

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

  it('数据库层拒绝 UPDATE、DELETE 和 TRUNCATE', async () => {
    await expect(pool.query("UPDATE audit_log SET reason = 'x' WHERE seq = 1")).rejects.toThrow(
      /只能追加/,
    )
    await expect(pool.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/只能追加/)
    await expect(pool.query('TRUNCATE audit_log CASCADE')).rejects.toThrow(/只能追加/)
  })

  it('CMS 服务以运行账号连接数据库：非超级用户，对审计表只能查询和追加，不能改删、清空、关闭触发器或分离分区', async () => {
    const { rows: connections } = await pool.query(
      "SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'haiqiao-cms'",
    )
    expect(connections.map((row) => row.usename)).toEqual(['haiqiao_app'])
    const app = new pg.Client({ connectionString: inject('haiqiao').runtimeDatabaseUrl })
    await app.connect()
    try {
      const {
        rows: [role],
      } = await app.query(
        'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      )
      expect(role).toEqual({
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolbypassrls: false,
      })
      expect(
        Number((await app.query('SELECT count(*) FROM audit_log')).rows[0].count),
      ).toBeGreaterThan(0)
      const {
        rows: [partition],
      } = await pool.query(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass LIMIT 1",
      )
      for (const statement of [
        "UPDATE audit_log SET reason = 'x' WHERE seq = 1",
        'DELETE FROM audit_log WHERE seq = 1',
        'TRUNCATE audit_log',
        'ALTER TABLE audit_log DISABLE TRIGGER USER',
        `ALTER TABLE audit_log DETACH PARTITION ${partition.relname}`,
        'DROP TABLE audit_log',
        `DELETE FROM ${partition.relname}`,
        'DELETE FROM audit_checkpoints',
        'TRUNCATE audit_archives',
        'DELETE FROM payload_migrations',
      ]) {
        await expect(app.query(statement), statement).rejects.toThrow(
          /permission denied|must be owner/,
        )
      }
    } finally {
      await app.end()
    }
  })

  it('绕过触发器修改或删除记录会被哈希链校验发现', async () => {
    expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: true })
    const client = await pool.connect()
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
      const {
        rows: [original],
      } = await client.query('SELECT * FROM audit_log WHERE seq = 2')
      await client.query("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 2")
      expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({
        ok: false,
        brokenAt: 2,
        problem: expect.stringContaining('被修改'),
      })
      // A key other than the platform's does not verify the genuine chain either.
      const otherKeys = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-other-key-'))
      expect(
        await verifyAuditChain(pool, new SoftCryptoProvider(new SoftKeyStore({ dir: otherKeys }))),
      ).toMatchObject({ ok: false, brokenAt: 1 })
      rmSync(otherKeys, { recursive: true, force: true })
      await client.query('DELETE FROM audit_log WHERE seq = 2')
      expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: false, brokenAt: 2 })
      const columns = Object.keys(original)
      await client.query(
        `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => original[c]),
      )
    } finally {
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
      client.release()
    }
    expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: true })
  })

  it('SM2 签名检查点：链尾被截断、检查点被伪造都会被发现', async () => {
    const keys = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-audit-keys-'))
    const platform = new SoftCryptoProvider(new SoftKeyStore({ dir: keys }))
    const intruderKeys = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-intruder-'))
    const intruder = new SoftCryptoProvider(new SoftKeyStore({ dir: intruderKeys }))
    const client = await pool.connect()
    try {
      const seq = await signCheckpoint(pool, platform)
      expect(seq).toBeGreaterThan(0)
      expect(await signCheckpoint(pool, platform)).toBeUndefined()
      expect(await checkCheckpoints(pool, platform)).toBeUndefined()
      expect(await checkCheckpoints(pool, intruder)).toMatch(/不是平台签名密钥签发的/)
      await expect(pool.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/只能追加/)

      // Cutting the tail off keeps the remaining chain consistent; only the signed checkpoint reveals it.
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
      const {
        rows: [tail],
      } = await client.query('SELECT * FROM audit_log WHERE seq = $1', [seq])
      await client.query('DELETE FROM audit_log WHERE seq = $1', [seq])
      expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: true })
      expect(await checkCheckpoints(pool, platform)).toMatch(/被截断/)
      const columns = Object.keys(tail)
      await client.query(
        `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => tail[c]),
      )
      expect(await checkCheckpoints(pool, platform)).toBeUndefined()
    } finally {
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
      // The checkpoint was signed with this test's key, not the platform's: remove it again.
      await client.query('ALTER TABLE audit_checkpoints DISABLE TRIGGER USER')
      await client.query('DELETE FROM audit_checkpoints')
      await client.query('ALTER TABLE audit_checkpoints ENABLE TRIGGER USER')
      client.release()
      for (const dir of [keys, intruderKeys]) rmSync(dir, { recursive: true, force: true })
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

  it('审计记录写不进去时，操作被拒绝（503，中文提示）且不留下修改', async () => {
    const {
      docs: [article],
    } = (await (await reviewer.get('/articles?limit=1&depth=0&sort=createdAt')).json()) as {
      docs: { id: string; summary: string }[]
    }
    await pool.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_unavailable_test CHECK (event <> 'articles.update') NOT VALID`,
    )
    try {
      const res = await reviewer.patch(`/articles/${article!.id}`, {
        summary: '审计不可用时的修改，不应保存。',
      })
      expect(res.status).toBe(503)
      expect(JSON.stringify(await res.json())).toContain('审计日志暂时无法写入')
    } finally {
      await pool.query('ALTER TABLE audit_log DROP CONSTRAINT audit_unavailable_test')
    }
    const after = (await (await reviewer.get(`/articles/${article!.id}?depth=0`)).json()) as {
      summary: string
    }
    expect(after.summary).toBe(article!.summary)
  })

  it('审计记录随请求的事务提交或回滚：流转在写入审计之后失败，不留下“成功”记录；重做成功后恰好一条', async () => {
    const id = await draftArticle('审计事务测试：提交后通知写入失败')
    const events = async () => {
      const res = await auditor.get(`/audit-log?where[objectId][equals]=${id}&sort=seq&limit=50`)
      return ((await res.json()) as { docs: { event: string }[] }).docs.map((doc) => doc.event)
    }
    expect(await events()).toEqual(['articles.create'])
    // The outbox insert of the transition's notices — after the document update and both audit records — fails
    // in the database, so the transition's transaction rolls back.
    await pool.query(`CREATE FUNCTION audit_rollback_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.ref = 'articles/${id}' THEN RAISE EXCEPTION 'outbox refused (test)'; END IF; RETURN NEW; END $$`)
    await pool.query(
      'CREATE TRIGGER audit_rollback_test BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION audit_rollback_test()',
    )
    try {
      const failed = await transition(editor, 'articles', id, 'submit', '请审核。')
      expect(failed.status).toBeGreaterThanOrEqual(500)
    } finally {
      await pool.query('DROP TRIGGER audit_rollback_test ON messages')
      await pool.query('DROP FUNCTION audit_rollback_test()')
    }
    const view = await workflowView(editor, 'articles', id)
    expect(view.state?.key).toBe('draft')
    expect(view.history).toEqual([])
    expect(await events()).toEqual(['articles.create'])

    expect((await transition(editor, 'articles', id, 'submit', '请审核。')).status).toBe(200)
    expect((await events()).filter((event) => event !== 'messages.create')).toEqual([
      'articles.create',
      'articles.update',
      'workflow.transition',
    ])
    expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: true })
  })

  it('流转的审计记录写不进去时，流转不生效（503）', async () => {
    const id = await draftArticle('审计事务测试：流转记录写不进去')
    await pool.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_transition_test CHECK (event <> 'workflow.transition') NOT VALID`,
    )
    try {
      const res = await transition(editor, 'articles', id, 'submit', '请审核。')
      expect(res.status).toBe(503)
      expect(JSON.stringify(await res.json())).toContain('审计日志暂时无法写入')
    } finally {
      await pool.query('ALTER TABLE audit_log DROP CONSTRAINT audit_transition_test')
    }
    const view = await workflowView(editor, 'articles', id)
    expect(view.state?.key).toBe('draft')
    expect(view.history).toEqual([])
  })

  it('并发修改（同一篇与多篇）与后台任务同时写审计：不死锁，每个修改一条记录，哈希链连续', async () => {
    const { docs } = (await (
      await reviewer.get('/articles?limit=6&depth=0&sort=createdAt')
    ).json()) as { docs: { id: string }[] }
    const {
      rows: [{ seq: before }],
    } = await pool.query('SELECT max(seq) AS seq FROM audit_log')
    const same = docs[0]!.id
    const results = await Promise.all([
      ...docs.map((doc, i) =>
        reviewer.patch(`/articles/${doc.id}`, { summary: `并发审计测试：第 ${i + 1} 篇。` }),
      ),
      ...[1, 2, 3, 4].map((i) =>
        reviewer.patch(`/articles/${same}`, { summary: `并发审计测试：同一篇第 ${i} 次。` }),
      ),
      ...[1, 2, 3].map((i) =>
        appendAudit(
          pool,
          { event: 'test.concurrent', result: 'success', objectType: 'test', objectId: String(i) },
          cmsCrypto,
        ).then(() => ({ status: 200 })),
      ),
    ])
    expect(results.map((res) => res.status)).toEqual(results.map(() => 200))
    expect(await verifyAuditChain(pool, cmsCrypto)).toMatchObject({ ok: true })
    const { rows } = await pool.query<{ event: string; object_id: string }>(
      "SELECT event, object_id FROM audit_log WHERE seq > $1 AND (event = 'test.concurrent' OR (event = 'articles.update' AND object_id = ANY($2)))",
      [before, docs.map((doc) => doc.id)],
    )
    const count = (event: string, id?: string) =>
      rows.filter((row) => row.event === event && (id === undefined || row.object_id === id)).length
    expect(count('test.concurrent')).toBe(3)
    expect(count('articles.update', same)).toBe(5)
    for (const doc of docs.slice(1)) expect(count('articles.update', doc.id)).toBe(1)
  })
})
