// `npm run jobs`: one job runner on its own (cms/lib/jobs/runner.ts), for an app server that runs no
// launcher (`npm start` already runs one). Uses DATABASE_URL or the database `npm start` runs.
// HAIQIAO_JOBS_QUEUES (comma-separated) limits it to some queues; HAIQIAO_JOBS_POLL_MS sets how often an
// idle queue is looked at (default 1000). Stops on SIGINT/SIGTERM once the jobs running have ended.
import { startJobRunner } from '../cms/lib/jobs/runner.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const log = (line: string) => console.log(`[海桥] ${line}`)
const env = await prepareEnvironment(log)
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
const queues = process.env.HAIQIAO_JOBS_QUEUES?.split(',')
  .map((name) => name.trim())
  .filter(Boolean)
const runner = startJobRunner(payload, {
  queues,
  pollMs: Number(process.env.HAIQIAO_JOBS_POLL_MS ?? 1000),
  log,
})
log(`后台任务执行器已启动（队列：${queues?.join('、') ?? '全部'}）`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await runner.stop()
  await closePayload(payload)
  await env.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
