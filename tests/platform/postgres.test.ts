// The embedded database asks for a password, and survives a launcher killed with SIGKILL: the next start
// stops the orphan and starts.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/freePort.ts'
import { ROOT } from '../../scripts/lib/paths.ts'
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.ts'
import { scratchDir } from '../../scripts/lib/scratchDir.ts'

describe('内置 PostgreSQL', () => {
  it('口令错误的连接被拒绝（数据库启用认证）', async () => {
    const url = new URL(inject('haiqiao').databaseUrl)
    url.password = 'wrong-password'
    const client = new pg.Client({ connectionString: url.toString() })
    await expect(client.connect()).rejects.toThrow(/password authentication failed/)
  })

  it('启动器被 SIGKILL 后，再次启动仍然成功且数据保留', async () => {
    const dataDir = scratchDir('crash')
    const password = randomBytes(12).toString('hex')
    const port = await freePort()
    try {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, 'tests/support/postgresChild.ts'), dataDir, String(port), password],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      )
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
        child.once('exit', (code) => reject(new Error(`子进程提前退出 ${code}`)))
      })
      const first = new pg.Client({
        connectionString: `postgres://haiqiao:${password}@127.0.0.1:${port}/haiqiao`,
      })
      await first.connect()
      await first.query('create table survivor (note text)')
      await first.query("insert into survivor values ('崩溃前写入')")
      await first.end()
      child.kill('SIGKILL')
      await new Promise((r) => child.once('exit', r))

      const again = await startEmbeddedPostgres({ dataDir, port: await freePort(), password })
      const client = new pg.Client({ connectionString: again.url })
      await client.connect()
      const { rows } = await client.query('select note from survivor')
      await client.end()
      await again.stop()
      expect(rows).toEqual([{ note: '崩溃前写入' }])
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
