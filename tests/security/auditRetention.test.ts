// Audit retention: month partitions past the retention period (at least 180 days) are archived into files
// whose range and SM3 digest are signed with SM2, then detached; the chain stays verifiable across them.
// Runs on its own database (same PostgreSQL server), migrated by the real migration command, with the
// clock moved forward for the archive job rather than records moved back.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  archiveExpired,
  checkArchives,
  ensurePartitions,
  retentionDays,
} from '../../cms/lib/audit/archive.ts'
import { checkAuditIntegrity } from '../../cms/lib/audit/integrity.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { runAuditJob } from '../../cms/lib/audit/job.ts'
import { startSyslogPeer, type SyslogPeer } from '../../scripts/peers/syslogServer.ts'
import { runCli } from '../support/cli.ts'

const DATABASE = 'haiqiao_retention'
const DAY = 86_400_000
let admin: pg.Client
let pool: pg.Pool
let scratch: string
let archives: string
let platform: SoftCryptoProvider
let collector: SyslogPeer
/** Where this file's audit job anchors the chain (its own archive directory and log collector). */
let anchoring: { dir: string; syslogFile: string; syslogUrl: string }
const period = (date: Date) => date.toISOString().slice(0, 7)

beforeAll(async () => {
  const { databaseUrl, payloadSecret } = inject('haiqiao')
  admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  const url = new URL(databaseUrl)
  url.pathname = `/${DATABASE}`
  const migrate = await runCli('scripts/payload.ts', ['migrate'], {
    DATABASE_URL: url.toString(),
    PAYLOAD_SECRET: payloadSecret,
  })
  if (migrate.status !== 0) throw new Error(`迁移失败：${migrate.stderr}`)
  pool = new pg.Pool({ connectionString: url.toString(), max: 3 })
  scratch = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-retention-'))
  archives = path.join(scratch, 'archive')
  platform = new SoftCryptoProvider(new SoftKeyStore({ dir: path.join(scratch, 'keys') }))
  collector = await startSyslogPeer({ port: 0, file: path.join(scratch, 'syslog', 'haiqiao.log') })
  anchoring = { dir: archives, syslogFile: collector.file, syslogUrl: collector.url }
})

afterAll(async () => {
  await pool?.end()
  await admin?.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await admin?.end()
  await collector?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe('审计日志保留期与归档', () => {
  it('按月分区，提前建好未来 12 个月的分区', async () => {
    const { rows } = await pool.query<{ relname: string }>(
      "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass ORDER BY c.relname",
    )
    const now = new Date()
    const months = Array.from(
      { length: 13 },
      (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1)),
    )
    expect(rows.map((r) => r.relname)).toEqual([
      'audit_log_default',
      ...months.map((m) => `audit_log_p${period(m).replace('-', '')}`),
    ])
  })

  it('保留期不得少于 180 天', async () => {
    const saved = process.env.HAIQIAO_AUDIT_RETENTION_DAYS
    try {
      process.env.HAIQIAO_AUDIT_RETENTION_DAYS = '90'
      expect(() => retentionDays()).toThrow(/至少保留 180 天/)
      delete process.env.HAIQIAO_AUDIT_RETENTION_DAYS
      expect(retentionDays()).toBe(180)
    } finally {
      if (saved === undefined) delete process.env.HAIQIAO_AUDIT_RETENTION_DAYS
      else process.env.HAIQIAO_AUDIT_RETENTION_DAYS = saved
    }
    await expect(archiveExpired(pool, platform, { days: 90, dir: archives })).rejects.toThrow(
      /至少保留 180 天/,
    )
  })

  it('未到保留期的月份不归档；超过保留期的整月写入签名归档文件后才从库中移除，哈希链跨归档连续可校验', async () => {
    for (let i = 1; i <= 5; i++)
      await appendAudit(
        pool,
        {
          event: 'content.update',
          result: 'success',
          objectType: 'articles',
          objectId: `article-${i}`,
        },
        platform,
      )
    const { rows: kept } = await pool.query('SELECT seq, hash FROM audit_log ORDER BY seq')
    expect(kept).toHaveLength(5)
    expect(await archiveExpired(pool, platform, { dir: archives, days: 180 })).toEqual([])

    // 181 days after the end of this month, this month (and no later one) is past the retention period.
    const now = new Date()
    const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)
    const archived = await archiveExpired(pool, platform, {
      now: new Date(monthEnd + 181 * DAY),
      dir: archives,
      days: 180,
    })
    expect(archived).toEqual([
      { period: period(now), records: 5, file: `audit-log-${period(now)}.jsonl.gz` },
    ])

    const file = path.join(archives, archived[0]!.file!)
    const lines = gunzipSync(readFileSync(file))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((record) => [record.seq, record.hash])).toEqual(
      kept.map((row) => [Number(row.seq), row.hash]),
    )
    expect(lines.map((record) => record.objectId)).toEqual([
      'article-1',
      'article-2',
      'article-3',
      'article-4',
      'article-5',
    ])

    // The archived records left the database; the archive job's own record continues the chain after them.
    const { rows: remaining } = await pool.query(
      'SELECT seq, event, prev_hash FROM audit_log ORDER BY seq',
    )
    expect(remaining).toEqual([{ seq: '6', event: 'audit.archive', prev_hash: kept[4].hash }])
    await appendAudit(
      pool,
      { event: 'content.update', result: 'success', objectType: 'articles', objectId: 'article-6' },
      platform,
    )
    expect(
      await checkAuditIntegrity(pool, platform, { dir: archives, syslogFile: collector.file }),
    ).toEqual({ ok: true, records: 2 })

    // A month without records is closed too, with a signed record of zero and no file.
    const nextMonth = new Date(monthEnd)
    const nextMonthEnd = Date.UTC(nextMonth.getUTCFullYear(), nextMonth.getUTCMonth() + 1, 1)
    expect(
      await archiveExpired(pool, platform, {
        now: new Date(nextMonthEnd + 181 * DAY),
        dir: archives,
        days: 180,
      }),
    ).toEqual([{ period: period(nextMonth), records: 0, file: null }])
    expect(
      await checkAuditIntegrity(pool, platform, { dir: archives, syslogFile: collector.file }),
    ).toEqual({ ok: true, records: 3 })

    // The partition job does not create archived months again.
    expect(await ensurePartitions(pool)).toEqual([])
    const { rows: partitions } = await pool.query(
      "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_log'::regclass",
    )
    for (const month of [now, nextMonth])
      expect(partitions.map((row) => row.relname)).not.toContain(
        `audit_log_p${period(month).replace('-', '')}`,
      )
  })

  it('定时审计任务：记录完好时签发检查点、不告警；归档文件被改即告警，且不在其上签发检查点', async () => {
    const saved = process.env.HAIQIAO_AUDIT_ARCHIVE_DIR
    process.env.HAIQIAO_AUDIT_ARCHIVE_DIR = archives
    const alerts: string[] = []
    const checkpointed = async () =>
      Number((await pool.query('SELECT max(seq) AS seq FROM audit_checkpoints')).rows[0].seq)
    const tail = async () =>
      Number((await pool.query('SELECT max(seq) AS seq FROM audit_log')).rows[0].seq)
    const {
      rows: [archive],
    } = await pool.query('SELECT file FROM audit_archives WHERE records > 0')
    const file = path.join(archives, archive.file)
    const original = readFileSync(file)
    try {
      await runAuditJob(pool, platform, (line) => alerts.push(line), anchoring)
      expect(alerts).toEqual([])
      expect(await checkpointed()).toBe(await tail())

      await appendAudit(
        pool,
        {
          event: 'content.update',
          result: 'success',
          objectType: 'articles',
          objectId: 'article-7',
        },
        platform,
      )
      const tampered = Buffer.from(original)
      tampered[tampered.length - 12] ^= 0xff
      writeFileSync(file, tampered)
      await runAuditJob(pool, platform, (line) => alerts.push(line), anchoring)
      expect(alerts).toEqual([
        expect.stringMatching(/^【审计告警】审计归档文件 audit-log-.*文件被修改/),
      ])
      expect(await checkpointed()).toBe((await tail()) - 1)
    } finally {
      writeFileSync(file, original)
      if (saved === undefined) delete process.env.HAIQIAO_AUDIT_ARCHIVE_DIR
      else process.env.HAIQIAO_AUDIT_ARCHIVE_DIR = saved
    }
  })

  it('归档文件被修改或丢失、归档记录被伪造，都会被发现', async () => {
    const {
      rows: [archive],
    } = await pool.query('SELECT file FROM audit_archives WHERE records > 0')
    const file = path.join(archives, archive.file)
    const original = readFileSync(file)
    try {
      const tampered = Buffer.from(original)
      tampered[tampered.length - 12] ^= 0xff
      writeFileSync(file, tampered)
      expect(await checkArchives(pool, platform, { dir: archives })).toMatch(/文件被修改/)
    } finally {
      writeFileSync(file, original)
    }
    renameSync(file, `${file}.moved`)
    try {
      expect(await checkArchives(pool, platform, { dir: archives })).toMatch(/不在/)
      expect(
        await checkArchives(pool, platform, { dir: archives, requireFiles: false }),
      ).toBeUndefined()
    } finally {
      renameSync(`${file}.moved`, file)
    }
    expect(existsSync(file)).toBe(true)
    expect(await checkArchives(pool, platform, { dir: archives })).toBeUndefined()

    // Someone with the owner's password deletes records and covers it with an archive row of their own.
    const intruder = new SoftCryptoProvider(
      new SoftKeyStore({ dir: path.join(scratch, 'intruder') }),
    )
    const forged = intruder.sign(Buffer.from('haiqiao-audit-archive|2099-01'))
    await pool.query(
      `INSERT INTO audit_archives (period, records, first_seq, last_seq, first_prev_hash, last_hash, archived_at, signature, public_key, user_id, key_version)
       VALUES ('2099-01', 1, 8, 8, 'x', 'y', now(), $1, $2, $3, $4)`,
      [forged.signature, forged.publicKey, forged.userId, forged.keyVersion],
    )
    expect(
      await checkAuditIntegrity(pool, platform, { dir: archives, syslogFile: collector.file }),
    ).toMatchObject({ ok: false, problem: expect.stringMatching(/2099-01 不是平台签名密钥签发的/) })
    await expect(pool.query("DELETE FROM audit_archives WHERE period = '2099-01'")).rejects.toThrow(
      /只能追加/,
    )
  })
})
