// One turn of a runner on one named queue. Payload's own claim (runJobs) reads due jobs and then marks them
// `processing` in a second statement, so two runners can take the same job, and a job left `processing` by
// a runner that died is never taken again (nothing ever clears the flag). So our runners claim differently:
//
// - A runner works on a queue only while it holds the queue's PostgreSQL advisory lock, on a connection it
//   keeps for the whole turn: one job of a queue runs at a time across all runners, never one job twice.
// - The lock dies with its connection. A job still marked `processing` when a runner gets the lock was
//   therefore left by a runner that is gone (killed, crashed, lost its database connection): it is released
//   and runs again — a job can be cut off and re-run, so every task is written to be safe to repeat.
// - The job itself runs through Payload (`payload.jobs.runByID`): task log, retries with backoff, and the
//   job record of each run are Payload's.
import { createLocalReq, type Payload } from 'payload'
import type { PoolClient } from 'pg'
import { poolOf } from '../db/sql.ts'
import { JOB_LOG, type HaiqiaoTask, type JobLog, type Recurring } from './types.ts'

/** First key of our advisory locks (the second is the queue's name, hashed); other locks use other spaces. */
const LOCK_SPACE = 0x4a4f4253 // 'JOBS'
/** Finished jobs are kept this long as the records of their runs. */
const KEEP_DAYS = 7

export type RecurringTask = HaiqiaoTask & { recurring: Recurring }

const OPEN = `completed_at IS NULL AND has_error IS NOT TRUE`

/**
 * Takes the queue's lock if it is free and runs the queue's next due job. Returns true when a job ran
 * (the caller goes again at once), false when the queue was busy elsewhere or had nothing due.
 */
export async function queueTurn(
  payload: Payload,
  queue: string,
  recurring: RecurringTask[],
  { log, context }: { log: JobLog; context: Record<string, unknown> },
): Promise<boolean> {
  const client = await poolOf(payload).connect()
  let broken: Error | undefined
  // A connection lost mid-turn (the database stopping) fails the turn's next statement; unheard, the
  // client's error event would end the process.
  const lost = (error: Error) => (broken = error)
  client.on('error', lost)
  try {
    const lock = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
      [LOCK_SPACE, queue],
    )
    if (!lock.rows[0]?.locked) return false
    try {
      await releaseOrphans(client, queue, log)
      for (const task of recurring) await queueRound(payload, client, task, 0)
      const due = await client.query<{ id: string; task_slug: string }>(
        `SELECT id, task_slug FROM payload_jobs WHERE queue = $1 AND ${OPEN} AND processing IS NOT TRUE
           AND (wait_until IS NULL OR wait_until <= now()) ORDER BY wait_until NULLS FIRST, created_at LIMIT 1`,
        [queue],
      )
      const job = due.rows[0]
      if (!job) return false
      const req = await createLocalReq({ context: { ...context, [JOB_LOG]: log } }, payload)
      await payload.jobs.runByID({ id: job.id, req, overrideAccess: true, silent: true })
      const task = recurring.find((candidate) => candidate.slug === job.task_slug)
      if (task) await queueRound(payload, client, task, task.recurring.everyMs())
      await client.query(
        `DELETE FROM payload_jobs WHERE task_slug = $1 AND NOT (${OPEN}) AND created_at < now() - make_interval(days => $2)`,
        [job.task_slug, KEEP_DAYS],
      )
      return true
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, queue])
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error))
    throw error
  } finally {
    // A connection that failed mid-turn is dropped, not reused (its lock, if any, goes with it).
    client.off('error', lost)
    client.release(broken)
  }
}

/** Jobs of the queue left `processing` by a runner that no longer holds the lock: run them again. */
async function releaseOrphans(client: PoolClient, queue: string, log: JobLog): Promise<void> {
  const released = await client.query<{ id: string; task_slug: string }>(
    `UPDATE payload_jobs SET processing = false, updated_at = now() WHERE queue = $1 AND processing IS TRUE AND ${OPEN}
       RETURNING id, task_slug`,
    [queue],
  )
  for (const job of released.rows)
    log(`后台任务 ${job.task_slug}（${job.id}）的执行进程已中断，重新执行`)
}

/** Queues the task's next round `afterMs` from now, unless one is already waiting or running. */
async function queueRound(
  payload: Payload,
  client: PoolClient,
  task: RecurringTask,
  afterMs: number,
): Promise<void> {
  const open = await client.query(
    `SELECT 1 FROM payload_jobs WHERE task_slug = $1 AND ${OPEN} LIMIT 1`,
    [task.slug],
  )
  if (open.rowCount) return
  await payload.jobs.queue({
    task: task.slug as never,
    queue: task.recurring.queue,
    input: {} as never,
    waitUntil: afterMs > 0 ? new Date(Date.now() + afterMs) : undefined,
  })
}
