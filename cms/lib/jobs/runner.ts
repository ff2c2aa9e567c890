// The job runner: one loop per named queue, each taking turns (queueTurn.ts) until stopped. `npm start`
// runs one; any number may run against one database (every app server may run its own).
import type { Payload } from 'payload'
import { queueTurn, type RecurringTask } from './queueTurn.ts'
import type { HaiqiaoTask, JobLog } from './types.ts'

export type RunnerOptions = {
  /** The queues to work on; default every queue a recurring task names plus `default`. */
  queues?: string[]
  /** How long an idle loop waits before looking again, in milliseconds (default 1000). */
  pollMs?: number
  log: JobLog
}

export type JobRunner = {
  /** Stops taking jobs; resolves when the jobs running now have ended (the same promise on every call). */
  stop: () => Promise<void>
}

export const tasksOf = (payload: Payload): HaiqiaoTask[] => (payload.config.jobs.tasks ?? []) as HaiqiaoTask[]

export const recurringTasks = (payload: Payload): RecurringTask[] => tasksOf(payload).filter((task): task is RecurringTask => Boolean(task.recurring))

export function startJobRunner(payload: Payload, { queues, pollMs = 1000, log }: RunnerOptions): JobRunner {
  const recurring = recurringTasks(payload)
  // An interval set wrongly in the environment stops the start, not the first round.
  for (const task of recurring) task.recurring.everyMs()
  const names = queues ?? [...new Set(['default', ...recurring.map((task) => task.recurring.queue)])]
  let stopped = false
  const sleeping = new Set<() => void>()
  const pause = (ms: number) => new Promise<void>((resolve) => {
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
        ran = await queueTurn(payload, queue, mine, log)
      } catch (error) {
        if (!stopped) log(`后台任务队列 ${queue} 出错：${error instanceof Error ? error.message : String(error)}`)
      }
      if (!ran && !stopped) await pause(pollMs)
    }
  }
  const loops = names.map(work)
  let stopping: Promise<void> | undefined
  return {
    stop: () => (stopping ??= (async () => {
      stopped = true
      for (const wake of [...sleeping]) wake()
      await Promise.all(loops)
    })()),
  }
}
