// What a module declares to run in the background: Payload tasks (config.jobs.tasks), some of them rounds
// repeated at an interval. Each module pushes its own tasks; the runner (runner.ts) runs them.
import type { PayloadRequest, TaskConfig } from 'payload'

/** A task run again and again: one pending job at a time, the next queued `everyMs()` after each run. */
export type Recurring = {
  /** The named queue its jobs go to (one job of a queue runs at a time across all runners). */
  queue: string
  /** Milliseconds between the end of one run and the start of the next; read at each run (env may set it). */
  everyMs: () => number
}

/** A Payload task, optionally recurring. */
export type HaiqiaoTask = TaskConfig<{ input: object; output: object }> & { recurring?: Recurring }

/** Where a task's lines go: the launcher's log (`[海桥] …`) when the runner was given one. */
export type JobLog = (line: string) => void

/** `req.context` key under which the runner hands its log to the tasks. */
export const JOB_LOG = 'haiqiaoJobLog'

export const jobLog = (req: PayloadRequest): JobLog =>
  (req.context[JOB_LOG] as JobLog | undefined) ?? ((line: string) => req.payload.logger.info(line))

/** Seconds from an environment variable (default `fallback`), checked to lie in [min, max]; milliseconds out. */
export function secondsFromEnv(name: string, fallback: number, min = 1, max = 86_400): number {
  const raw = process.env[name] ?? String(fallback)
  const seconds = Number(raw)
  if (!(seconds >= min && seconds <= max))
    throw new Error(`${name}=${raw} 无效：应为 ${min} 到 ${max} 秒`)
  return seconds * 1000
}
