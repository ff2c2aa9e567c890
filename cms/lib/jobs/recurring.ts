// A round (deliver due mail, apply due schedules, rescan …) as a recurring task. A failed round is logged,
// recorded on its job (hasError, with the error) and not retried: the next round, queued by the runner
// after every run, is the retry.
import type { PayloadRequest } from 'payload'
import { jobLog, type HaiqiaoTask, type JobLog } from './types.ts'

type Round = {
  slug: string
  /** Shown in the job record (Chinese). */
  label: string
  queue: string
  everyMs: () => number
  /** One round; `log` is the launcher's log. */
  run: (req: PayloadRequest, log: JobLog) => Promise<void>
  /** The start of the line logged when a round fails, e.g. `邮件发送任务出错`. */
  failure: string
}

export function recurringTask({ slug, label, queue, everyMs, run, failure }: Round): HaiqiaoTask {
  return {
    slug,
    label,
    retries: 0,
    recurring: { queue, everyMs },
    handler: async ({ req }) => {
      const log = jobLog(req)
      try {
        await run(req, log)
      } catch (error) {
        log(`${failure}：${error instanceof Error ? error.message : String(error)}`)
        throw error
      }
      return { output: {} }
    },
  }
}
