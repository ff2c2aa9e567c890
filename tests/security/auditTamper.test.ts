// The audit trail against its own DBA. A copy of the test database's audit log goes into a scratch database;
// the platform's audit job checkpoints it and anchors it outside the database (archive directory, reference
// syslog collector), then the CMS writes on. Each tampering is done on a copy of that database with full SQL
// rights (triggers off) but without the platform's keys, and the real `audit:verify` command, spawned with
// no NODE_ENV while something listens on $PORT (as with a CMS on :3000), must exit non-zero and name it.
// How the copy is built and tampered with: tests/support/auditCopy.ts.
import { appendFileSync, readFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { anchorToSyslog, signAnchor } from '../../cms/lib/audit/anchor.ts'
import { canonical } from '../../cms/lib/audit/chain.ts'
import { checkAuditIntegrity } from '../../cms/lib/audit/integrity.ts'
import { runAnchorRound } from '../../cms/lib/audit/job.ts'
import { toRecord } from '../../cms/lib/audit/verifyAuditChain.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { sm3 } from '../../cms/lib/crypto/sm.ts'
import {
  appendedAt,
  archives,
  collector,
  dialed,
  lastCheckpoint,
  platform,
  recomputeSm3From,
  rows,
  scratch,
  tamperedCopy,
  urlOf,
  useAuditCopy,
  verify,
} from '../support/auditCopy.ts'

useAuditCopy()

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
