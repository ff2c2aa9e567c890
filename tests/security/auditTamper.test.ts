// The audit trail against its own DBA. A copy of the test database's audit log goes into a scratch database;
// the platform's audit job checkpoints it and anchors it outside the database (archive directory, reference
// syslog collector), then the CMS writes on. Each tampering is done on a copy of that database with full SQL
// rights (triggers off) but without the platform's keys, and the real `audit:verify` command, spawned with
// no NODE_ENV while something listens on $PORT (as with a CMS on :3000), must exit non-zero and name it.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { anchorToSyslog, signAnchor } from '../../cms/lib/audit/anchor.ts'
import { canonical, GENESIS } from '../../cms/lib/audit/chain.ts'
import { checkAuditIntegrity } from '../../cms/lib/audit/integrity.ts'
import { toRecord, type AuditRow } from '../../cms/lib/audit/verifyAuditChain.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { sm3 } from '../../cms/lib/crypto/sm.ts'
import { runAnchorRound, runAuditJob } from '../../cms/lib/audit/job.ts'
import { ROOT } from '../../scripts/lib/paths.ts'
import { startSyslogPeer, type SyslogPeer } from '../../scripts/peers/syslogServer.ts'

const BASE = 'haiqiao_audit_base'
let admin: pg.Client
let scratch: string
let archives: string
let collector: SyslogPeer
let silent: net.Server
let dialed = 0
let platform: SoftCryptoProvider
/** When the CMS wrote the records after the last checkpoint. */
let appendedAt: Date
const copies: string[] = []

const urlOf = (database: string) => {
  const url = new URL(inject('haiqiao').databaseUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs a script of ours as `npm run` would: its own process, awaited without blocking this one. */
function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([name]) => name !== 'NODE_ENV'),
  ) as NodeJS.ProcessEnv
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** `npm run audit:verify` against `database`, with the platform's keys and anchors and no NODE_ENV. */
const verify = (database: string) =>
  run('scripts/audit-verify.ts', [], {
    DATABASE_URL: urlOf(database),
    PAYLOAD_SECRET: inject('haiqiao').payloadSecret,
    HAIQIAO_KEYSTORE_DIR: inject('haiqiao').keystoreDir,
    HAIQIAO_AUDIT_ARCHIVE_DIR: archives,
    HAIQIAO_SYSLOG_FILE: collector.file,
    PORT: String((silent.address() as net.AddressInfo).port),
    // Coverage of the tail is tested below with an explicit clock; here a slow machine must not matter.
    HAIQIAO_AUDIT_CHECK_MINUTES: '120',
  })

/** A copy of the anchored database, tampered by `tamper` as the database owner with the triggers off. */
async function tamperedCopy(
  name: string,
  tamper: (client: pg.Client) => Promise<void>,
): Promise<string> {
  const database = `haiqiao_audit_${name}`
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${BASE}`)
  copies.push(database)
  const client = new pg.Client({ connectionString: urlOf(database) })
  await client.connect()
  try {
    await client.query('SET session_replication_role = replica')
    await tamper(client)
  } finally {
    await client.end()
  }
  return database
}

const rows = async (client: pg.Client, sql: string, values: unknown[] = []) =>
  (await client.query<AuditRow>(sql, values)).rows

/** What someone with the repository's code but no key can compute: the plain SM3 chain from `seq` on. */
async function recomputeSm3From(client: pg.Client, seq: number): Promise<void> {
  const [before] = await rows(client, 'SELECT hash FROM audit_log WHERE seq = $1', [seq - 1])
  let prev = (before?.hash as string | undefined) ?? GENESIS
  for (const row of await rows(client, 'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq', [
    seq,
  ])) {
    const { prevHash: _p, hash: _h, ...content } = toRecord(row)
    const hash = sm3(`${prev}\n${canonical(content)}`).toString('hex')
    await client.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3', [
      prev,
      hash,
      row.id,
    ])
    prev = hash
  }
}

const lastCheckpoint = async (client: pg.Client) =>
  Number((await client.query('SELECT max(seq) AS seq FROM audit_checkpoints')).rows[0].seq)

beforeAll(async () => {
  const { databaseUrl, payloadSecret, keystoreDir } = inject('haiqiao')
  scratch = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-audit-tamper-'))
  archives = path.join(scratch, 'archive')
  collector = await startSyslogPeer({ port: 0, file: path.join(scratch, 'syslog', 'haiqiao.log') })
  // Stands in for a CMS on :3000 that never answers an Upgrade: a script that dials it never exits.
  silent = net.createServer(() => void dialed++)
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  platform = new SoftCryptoProvider(new SoftKeyStore({ dir: keystoreDir }))

  admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${BASE}`)
  const migrate = await run('scripts/payload.ts', ['migrate'], {
    DATABASE_URL: urlOf(BASE),
    PAYLOAD_SECRET: payloadSecret,
  })
  if (migrate.code !== 0) throw new Error(`迁移失败：${migrate.stderr}`)

  const base = new pg.Pool({ connectionString: urlOf(BASE), max: 2 })
  try {
    // The audit log the CMS and the seed wrote, as it stands.
    const { rows: records } = await admin.query('SELECT * FROM audit_log ORDER BY seq')
    await base.query(
      'INSERT INTO audit_log SELECT * FROM json_populate_recordset(NULL::audit_log, $1)',
      [JSON.stringify(records)],
    )
    const options = {
      dir: archives,
      syslogFile: collector.file,
      syslogUrl: collector.url,
      sender: {},
    }
    const alerts: string[] = []
    await runAuditJob(base, platform, (line) => alerts.push(line), options)
    // The CMS writes on after the checkpoint; seconds later the tail is anchored outside the database.
    appendedAt = new Date()
    for (const objectId of ['after-1', 'after-2', 'after-3']) {
      await appendAudit(
        base,
        { event: 'articles.update', result: 'success', objectType: 'articles', objectId },
        platform,
      )
    }
    await runAnchorRound(base, platform, (line) => alerts.push(line), options)
    expect(alerts.filter((line) => !line.includes('现在补签检查点'))).toEqual([])
  } finally {
    await base.end()
  }
})

afterAll(async () => {
  for (const database of [...copies, BASE])
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin?.end()
  await collector?.stop()
  silent?.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('审计日志经得起数据库管理员：每种篡改都使 npm run audit:verify 以非零退出并指出问题', () => {
  it('完好的副本校验通过（退出码 0），脚本不连接 $PORT 上的开发服务器，自行退出', async () => {
    const database = await tamperedCopy('intact', async () => {})
    const result = await verify(database)
    expect(result.stderr).not.toContain('审计日志异常')
    expect(result.stdout).toContain('审计日志完整')
    expect(result.code).toBe(0)
    expect(dialed).toBe(0)
  })

  it('删除最后一个检查点之后的记录', async () => {
    const database = await tamperedCopy('tail', async (client) => {
      await client.query('DELETE FROM audit_log WHERE seq > $1', [await lastCheckpoint(client)])
    })
    const result = await verify(database)
    expect(result.stderr).toMatch(/其后的 3 条记录被删除（链尾被截断）/)
    expect(result.code).toBe(1)
  })

  it('修改最新一条记录并重算 SM3 哈希链', async () => {
    const database = await tamperedCopy('newest', async (client) => {
      const [tail] = await rows(client, 'SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1')
      await client.query("UPDATE audit_log SET object_id = 'someone-else' WHERE seq = $1", [
        tail!.seq,
      ])
      await recomputeSm3From(client, Number(tail!.seq))
    })
    const result = await verify(database)
    expect(result.stderr).toMatch(/第 \d+ 条记录异常：哈希不是用平台审计密钥计算的/)
    expect(result.code).toBe(1)
  })

  it('修改较早的一条记录、重算哈希链并删除其后的检查点', async () => {
    const database = await tamperedCopy('older', async (client) => {
      const older = (await lastCheckpoint(client)) - 1
      await client.query("UPDATE audit_log SET reason = '已改写' WHERE seq = $1", [older])
      await recomputeSm3From(client, older)
      await client.query('DELETE FROM audit_checkpoints WHERE seq >= $1', [older])
    })
    const result = await verify(database)
    expect(result.stderr).toMatch(/条记录异常：哈希不是用平台审计密钥计算的/)
    expect(result.code).toBe(1)
  })

  it('删除一条记录、重新编号并重算哈希链', async () => {
    const database = await tamperedCopy('renumber', async (client) => {
      const gone = (await lastCheckpoint(client)) - 2
      await client.query('DELETE FROM audit_log WHERE seq = $1', [gone])
      await client.query('UPDATE audit_log SET seq = seq - 1 WHERE seq > $1', [gone])
      await recomputeSm3From(client, gone)
    })
    const result = await verify(database)
    expect(result.stderr).toMatch(/条记录异常：哈希不是用平台审计密钥计算的/)
    expect(result.code).toBe(1)
  })

  it('删除全部记录和全部检查点（库内 0 条记录）', async () => {
    const database = await tamperedCopy('wiped', async (client) => {
      await client.query('DELETE FROM audit_log')
      await client.query('DELETE FROM audit_checkpoints')
    })
    const result = await verify(database)
    expect(result.stderr).toMatch(/库内 0 条记录、0 个检查点，但库外锚点.*审计日志与检查点被清空/)
    expect(result.code).toBe(1)
  })

  it('追加一条自行计算哈希的伪造记录（无论按 SM3 还是仿照密钥哈希的格式）', async () => {
    for (const [name, form] of [
      ['forged', (hex: string) => hex],
      ['forgedtag', (hex: string) => `v1:${hex}`],
    ] as const) {
      const database = await tamperedCopy(name, async (client) => {
        const [tail] = await rows(client, 'SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1')
        const last = toRecord(tail!)
        const forged = {
          ...last,
          seq: last.seq + 1,
          at: new Date().toISOString(),
          event: 'auth.login',
          objectId: null,
          reason: null,
          sessionId: null,
          userAgent: null,
          requestId: null,
          beforeDigest: null,
          afterDigest: null,
        }
        const { prevHash: _p, hash: _h, ...content } = forged
        const hash = form(sm3(`${last.hash}\n${canonical(content)}`).toString('hex'))
        await client.query(
          `INSERT INTO audit_log (seq, at, event, result, actor_id, actor_roles, ip, object_type, prev_hash, hash)
           VALUES ($1, $2, $3, 'success', $4, $5, $6, $7, $8, $9)`,
          [
            forged.seq,
            forged.at,
            forged.event,
            forged.actorId,
            forged.actorRoles,
            forged.ip,
            forged.objectType,
            last.hash,
            hash,
          ],
        )
      })
      const result = await verify(database)
      expect(result.stderr).toMatch(
        /条记录异常：.*(不是用平台审计密钥计算的|密钥哈希（HMAC-SM3）不符)/,
      )
      expect(result.code).toBe(1)
    }
  })

  it('检查点是必需的：记录超过审计任务间隔仍没有检查点或库外锚点覆盖即为异常', async () => {
    const database = await tamperedCopy('uncovered', async () => {})
    const pool = new pg.Pool({ connectionString: urlOf(database), max: 2 })
    try {
      const options = { dir: archives, syslogFile: collector.file }
      // The records anchored outside the database count as covered, however long ago they were written.
      expect(
        await checkAuditIntegrity(pool, platform, {
          ...options,
          now: new Date(appendedAt.getTime() + 60 * 60_000),
        }),
      ).toMatchObject({ ok: true })
      // One more record, and the audit job no longer runs: neither a checkpoint nor an anchor covers it.
      const written = new Date()
      await appendAudit(
        pool,
        {
          event: 'articles.update',
          result: 'success',
          objectType: 'articles',
          objectId: 'unanchored',
        },
        platform,
      )
      const minutesLater = (minutes: number) => new Date(written.getTime() + minutes * 60_000)
      expect(
        await checkAuditIntegrity(pool, platform, { ...options, now: minutesLater(1) }),
      ).toMatchObject({ ok: true })
      expect(
        await checkAuditIntegrity(pool, platform, { ...options, now: minutesLater(7) }),
      ).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/链尾 1 条记录.*没有签名检查点或库外锚点覆盖/),
      })
    } finally {
      await pool.end()
    }
  })

  it('库外锚点：删去归档目录中的锚点，日志服务器上的仍然有效；伪造的锚点被识破', async () => {
    const database = await tamperedCopy('anchors', async (client) => {
      await client.query('DELETE FROM audit_log WHERE seq > $1', [await lastCheckpoint(client)])
    })
    const pool = new pg.Pool({ connectionString: urlOf(database), max: 2 })
    const moved = path.join(scratch, 'audit-anchor.json')
    try {
      const options = { dir: archives, syslogFile: collector.file, now: appendedAt }
      renameSync(path.join(archives, 'audit-anchor.json'), moved)
      expect(await checkAuditIntegrity(pool, platform, options)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/日志服务器.*其后的 3 条记录被删除/),
      })
      renameSync(moved, path.join(archives, 'audit-anchor.json'))

      // An anchor written without the platform's signing key, claiming the shortened tail is the newest.
      const intruder = new SoftCryptoProvider(
        new SoftKeyStore({ dir: path.join(scratch, 'intruder') }),
      )
      const {
        rows: [tail],
      } = await pool.query('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
      const fake = signAnchor(intruder, {
        seq: Number(tail.seq) + 1000,
        hash: tail.hash,
        checkpoints: 1,
        checkpointSeq: Number(tail.seq),
      })
      const file = path.join(scratch, 'forged.log')
      appendFileSync(file, `${anchorToSyslog(fake)}\n`)
      expect(
        await checkAuditIntegrity(pool, platform, {
          dir: path.join(scratch, 'empty'),
          syslogFile: file,
        }),
      ).toMatchObject({ ok: false, problem: expect.stringMatching(/锚点签名无效/) })
    } finally {
      await pool.end()
    }
  })
  it('锚点发往日志服务器：重发同一锚点不重复保存（按序号与检查点个数），链尾前进后发出新锚点', async () => {
    const database = await tamperedCopy('resend', async () => {})
    const pool = new pg.Pool({ connectionString: urlOf(database), max: 2 })
    const lines = () => readFileSync(collector.file, 'utf8').trim().split('\n')
    const alerts: string[] = []
    try {
      // A restarted launcher does not know what was delivered: it sends the newest anchor again.
      const sender = {}
      const options = {
        dir: path.join(scratch, 'resend'),
        syslogFile: collector.file,
        syslogUrl: collector.url,
        sender,
      }
      const before = lines()
      await runAnchorRound(pool, platform, (line) => alerts.push(line), options)
      expect(sender).toMatchObject({ delivered: before.at(-1)!.match(/ id="([^"]+)"/)![1] })
      expect(lines()).toEqual(before)
      await appendAudit(
        pool,
        { event: 'articles.update', result: 'success', objectType: 'articles', objectId: 'resend' },
        platform,
      )
      await runAnchorRound(pool, platform, (line) => alerts.push(line), options)
      expect(lines()).toHaveLength(before.length + 1)
      expect(lines().at(-1)).toMatch(
        /^<109>1 \S+ \S+ haiqiao \d+ audit-anchor \[haiqiaoAnchor@32473 id="\d+\.1" seq="\d+" hash="v1:[0-9a-f]{64}"/,
      )
      expect(alerts).toEqual([])
    } finally {
      await pool.end()
    }
  })
})
