// The job runner: one loop per named queue, each taking turns (queueTurn.ts) until stopped. `npm start`
// runs one; any number may run against one database (every app server may run its own).
import type { Payload } from 'payload'
import { queueTurn, type RecurringTask } from './queueTurn.ts'
import type { HaiqiaoTask, JobLog } from './types.ts'

export type RunnerOptions = {
  /** The queues to work on; default `queuesOf(payload)`. */
  queues?: string[]
  /** How long an idle queue waits before looking again, in milliseconds: one figure, or per queue (others 1000). */
  pollMs?: number | Record<string, number>
  log: JobLog
  /** Handed to every task in `req.context` (e.g. the portal's publisher, cms/publish/queue.ts). */
  context?: Record<string, unknown>
}

export type JobRunner = {
  /** Stops taking jobs; resolves when the jobs running now have ended (the same promise on every call). */
  stop: () => Promise<void>
}

export const tasksOf = (payload: Payload): HaiqiaoTask[] =>
  (payload.config.jobs.tasks ?? []) as HaiqiaoTask[]

export const recurringTasks = (payload: Payload): RecurringTask[] =>
  tasksOf(payload).filter((task): task is RecurringTask => Boolean(task.recurring))

/** `default` and every queue a recurring task names: what a runner works on unless told otherwise. */
export const queuesOf = (payload: Payload): string[] => [
  ...new Set(['default', ...recurringTasks(payload).map((task) => task.recurring.queue)]),
]

export function startJobRunner(
  payload: Payload,
  { queues, pollMs = 1000, log, context = {} }: RunnerOptions,
): JobRunner {
  const recurring = recurringTasks(payload)
  // An interval set wrongly in the environment stops the start, not the first round.
  for (const task of recurring) task.recurring.everyMs()
  const names = queues ?? queuesOf(payload)
  const idleMs = (queue: string) => (typeof pollMs === 'number' ? pollMs : (pollMs[queue] ?? 1000))
  let stopped = false
  const sleeping = new Set<() => void>()
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        sleeping.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      sleeping.add(wake)
    })
  const work = async (queue: string) => {
    const mine = recurring.filter((task) => task.recurring.queue === queue)
    while (!stopped) {
      let ran = false
      try {
        ran = await queueTurn(payload, queue, mine, { log, context })
      } catch (error) {
        if (!stopped)
          log(
            `后台任务队列 ${queue} 出错：${error instanceof Error ? error.message : String(error)}`,
          )
      }
      if (!ran && !stopped) await pause(idleMs(queue))
    }
  }
  const loops = names.map(work)
  let stopping: Promise<void> | undefined
  return {
    stop: () =>
      (stopping ??= (async () => {
        stopped = true
        for (const wake of [...sleeping]) wake()
        await Promise.all(loops)
      })()),
  }
}
