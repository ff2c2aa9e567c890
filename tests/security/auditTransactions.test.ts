// An audit record joins the transaction of the request it records: when it cannot be written the change is
// refused (503, Chinese) and nothing is kept; a transition that fails after writing its audit leaves no
// "success" record; concurrent changes and background jobs writing audit records neither deadlock nor break
// the chain.
import { describe, expect, inject, it } from 'vitest'
import { verifyAuditChain } from '../../cms/lib/audit/verifyAuditChain.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { staffSessions } from '../support/staffSessions.ts'
import { draftArticle, transition, workflowView } from '../support/workflow.ts'

const { reviewer, auditor, editor } = await staffSessions()
const pool = ownerPool()
/** The keys the CMS server chains the log with (the test run's key store). */
const cmsCrypto = new SoftCryptoProvider(new SoftKeyStore({ dir: inject('haiqiao').keystoreDir }))

describe('审计日志', () => {
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
