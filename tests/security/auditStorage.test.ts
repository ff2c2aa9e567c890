// How the audit log is stored: the database refuses UPDATE, DELETE and TRUNCATE, the CMS connects as a
// runtime role that can only read and append to it; a change made behind the triggers' back breaks the
// HMAC-SM3 chain, and SM2-signed checkpoints reveal a cut-off tail or a forged checkpoint.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { checkCheckpoints, signCheckpoint } from '../../cms/lib/audit/checkpoint.ts'
import { verifyAuditChain } from '../../cms/lib/audit/verifyAuditChain.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { ownerPool } from '../support/ownerPool.ts'

const pool = ownerPool()
/** The keys the CMS server chains the log with (the test run's key store). */
const cmsCrypto = new SoftCryptoProvider(new SoftKeyStore({ dir: inject('haiqiao').keystoreDir }))

describe('审计日志', () => {
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
})
