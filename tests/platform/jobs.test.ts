// The jobs queue with more than one runner (cms/lib/jobs): real runner processes (`scripts/jobs.ts`, as a
// second app server would run them) against the test database, working the `mail` queue and sending to a
// real SMTP server on loopback.
// - Two runners, many jobs: each job runs exactly once (one entry in its task log), no two jobs of the
//   queue overlap in time, and the recurring round has exactly one next run queued.
// - A runner killed with SIGKILL in the middle of a job: Payload's own run leaves the job alone (it stays
//   `processing` for ever); another runner of ours releases it and runs it to completion.
// - The queue is the server's own: no account reads the job records or runs jobs over HTTP.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server, type Socket } from 'node:net'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { poolOf } from '../../cms/lib/db/sql.ts'
import { queueMessage } from '../../cms/lib/notify/outbox.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { ROOT } from '../../scripts/lib/paths.ts'
import { scratchDir } from '../../scripts/lib/scratchDir.ts'
import { startSmtpPeer, type SmtpPeer } from '../../scripts/peers/smtpServer.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { eventually } from '../support/site.ts'

type Runner = { child: ChildProcess; output: () => string; exited: Promise<void> }
type JobRow = {
  id: string
  processing: boolean
  completed_at: Date | null
  has_error: boolean | null
}
type LogRow = { parent: string; state: string; executed_at: Date; completed_at: Date }

let payload: Payload
let pool: Pool
let smtp: SmtpPeer
const runners: Runner[] = []

/** A runner process on the `mail` queue, sending to `smtpUrl`; the hourly round stays out of the way. */
function startRunner(smtpUrl: string): Runner {
  const { runtimeDatabaseUrl, payloadSecret, keystoreDir } = inject('haiqiao')
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/jobs.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: runtimeDatabaseUrl,
      PAYLOAD_SECRET: payloadSecret,
      HAIQIAO_KEYSTORE_DIR: keystoreDir,
      SMTP_URL: smtpUrl,
      HAIQIAO_JOBS_QUEUES: 'mail',
      HAIQIAO_JOBS_POLL_MS: '20',
      HAIQIAO_MAIL_SECONDS: '3600',
    },
  })
  let output = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const runner = { child, output: () => output, exited }
  runners.push(runner)
  return runner
}

async function stopRunner(runner: Runner, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (runner.child.exitCode === null && runner.child.signalCode === null) runner.child.kill(signal)
  await runner.exited
}

async function mailJobs(): Promise<JobRow[]> {
  return (
    await pool.query<JobRow>(
      `SELECT id, processing, completed_at, has_error FROM payload_jobs WHERE queue = 'mail' ORDER BY created_at`,
    )
  ).rows
}

async function logsOf(ids: string[]): Promise<LogRow[]> {
  const { rows } = await pool.query<LogRow>(
    'SELECT _parent_id AS parent, state, executed_at, completed_at FROM payload_jobs_log WHERE _parent_id = ANY($1::uuid[]) ORDER BY executed_at',
    [ids],
  )
  return rows
}

const queueMailRound = async () =>
  (await payload.jobs.queue({ task: 'mail-deliver', queue: 'mail', input: {} })).id

beforeAll(async () => {
  payload = await testPayload()
  pool = poolOf(payload)
  smtp = await startSmtpPeer({ port: await freePort(), dir: scratchDir('jobs-mail') })
  await pool.query(`DELETE FROM payload_jobs WHERE queue = 'mail'`)
})
afterAll(async () => {
  for (const runner of runners) await stopRunner(runner, 'SIGKILL')
  await pool?.query(`DELETE FROM payload_jobs WHERE queue = 'mail'`)
  await smtp?.stop()
  await closePayload(payload)
})

describe('两个执行器共用一个数据库', () => {
  it('每个任务只执行一次，同一队列的任务不重叠，周期任务只排一次下一轮', async () => {
    const ids: string[] = []
    for (let i = 0; i < 12; i++) ids.push(await queueMailRound())
    const first = startRunner(smtp.url)
    const second = startRunner(smtp.url)
    await eventually(async () => {
      const done = (await mailJobs()).filter((job) => ids.includes(job.id) && job.completed_at)
      expect(done).toHaveLength(ids.length)
    })
    await Promise.all([stopRunner(first), stopRunner(second)])

    const logs = await logsOf(ids)
    for (const id of ids)
      expect(logs.filter((log) => log.parent === id).map((log) => log.state)).toEqual(['succeeded'])
    // One job of the queue at a time, across both processes: each run ends before the next begins.
    for (let i = 1; i < logs.length; i++)
      expect(logs[i]!.executed_at.getTime()).toBeGreaterThanOrEqual(
        logs[i - 1]!.completed_at.getTime(),
      )
    // The recurring round: exactly one next run waiting, whoever ran the last one.
    const open = (await mailJobs()).filter((job) => !job.completed_at && !job.has_error)
    expect(open).toHaveLength(1)
    expect(open[0]!.processing).toBe(false)
  }, 300_000)
})

describe('执行器在任务中途被强制结束（SIGKILL）', () => {
  let stall: Server
  const stalled: Socket[] = []
  let connected: Promise<void>
  beforeAll(async () => {
    await pool.query(`DELETE FROM payload_jobs WHERE queue = 'mail'`)
    // An SMTP server that accepts and never greets: the runner's round waits there, mid-job.
    let signal: () => void = () => {}
    connected = new Promise((resolve) => (signal = resolve))
    stall = createServer((socket) => {
      stalled.push(socket)
      signal()
    })
    await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    for (const socket of stalled) socket.destroy()
    await new Promise((resolve) => stall?.close(resolve))
  })

  it('任务停在“执行中”，Payload 自己不再接手；另一个执行器释放并执行它，邮件不重发', async () => {
    const editor = await staffUser(payload, 'editor@haiqiao.local')
    await queueMessage(await createLocalReq({}, payload), {
      recipients: [String(editor.id)],
      subject: '后台任务测试',
      body: '执行器中断后由另一个执行器接手。',
      eventType: 'jobs.test',
      ref: 'jobs/test',
    })
    const id = await queueMailRound()

    const port = (stall.address() as { port: number }).port
    const doomed = startRunner(`smtp://127.0.0.1:${port}`)
    await connected
    await stopRunner(doomed, 'SIGKILL')

    const [left] = (await mailJobs()).filter((job) => job.id === id)
    expect(left).toMatchObject({ processing: true, completed_at: null })
    // Payload's own run only takes jobs not `processing`: the job would stay stuck for ever.
    await payload.jobs.run({ queue: 'mail' })
    expect((await mailJobs()).find((job) => job.id === id)).toMatchObject({
      processing: true,
      completed_at: null,
    })
    expect(await logsOf([id])).toHaveLength(0)

    const rescuer = startRunner(smtp.url)
    await eventually(async () =>
      expect((await mailJobs()).find((job) => job.id === id)?.completed_at).toBeTruthy(),
    )
    await stopRunner(rescuer)
    expect((await logsOf([id])).map((log) => log.state)).toEqual(['succeeded'])
    expect(rescuer.output()).toContain(`后台任务 mail-deliver（${id}）的执行进程已中断，重新执行`)
    // The message the killed runner had claimed keeps its lease: it is not sent a second time meanwhile.
    const {
      docs: [held],
    } = await payload.find({
      collection: 'messages',
      where: { eventType: { equals: 'jobs.test' } },
      limit: 1,
      overrideAccess: true,
    })
    expect(held).toMatchObject({ status: 'queued', attempts: 1 })
  }, 300_000)
})

describe('任务队列只供服务器自己的执行器使用', () => {
  it('任何账号（含系统管理员）都读不到任务记录，也不能通过接口运行任务', async () => {
    const [admin, anonymous] = await Promise.all([restAs('sysadmin@haiqiao.local'), restAs()])
    for (const rest of [admin, anonymous]) {
      expect((await rest.get('/payload-jobs')).status).toBe(403)
      expect((await rest.get('/payload-jobs/run?queue=mail')).status).toBe(401)
    }
  })
})
