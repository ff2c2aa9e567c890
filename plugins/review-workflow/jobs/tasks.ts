// The plugin's background work, as tasks on the jobs queue (queue `workflow`, one job at a time):
// - `workflow-due`: queued with each scheduled publish or unpublish, to run at its time (`waitUntil`);
//   applies every schedule due then (runDueSchedules.ts). Retried with backoff when it fails as a whole.
// - `workflow-round`: every HAIQIAO_SCHEDULE_SECONDS (default 30) the same, as a safety net, and the
//   reminders of overdue documents (sendReminders.ts).
import type { PayloadRequest } from 'payload'
import { DUE_TASK, QUEUE } from './dueRun.ts'
import { recurringTask } from '../../../cms/lib/jobs/recurring.ts'
import {
  jobLog,
  secondsFromEnv,
  type HaiqiaoTask,
  type JobLog,
} from '../../../cms/lib/jobs/types.ts'
import { runDueSchedules } from './runDueSchedules.ts'
import { sendReminders } from './sendReminders.ts'

async function applyDue(req: PayloadRequest, log: JobLog): Promise<void> {
  const { done, failed } = await runDueSchedules(req.payload)
  if (done || failed)
    log(`定时发布：执行 ${done} 项${failed ? `，${failed} 项未能执行（原因见“定时发布”）` : ''}`)
}

export const workflowTasks: HaiqiaoTask[] = [
  {
    slug: DUE_TASK,
    label: '定时发布与撤销发布',
    retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
    handler: async ({ req }) => {
      await applyDue(req, jobLog(req))
      return { output: {} }
    },
  },
  recurringTask({
    slug: 'workflow-round',
    label: '定时发布检查与催办',
    queue: QUEUE,
    everyMs: () => secondsFromEnv('HAIQIAO_SCHEDULE_SECONDS', 30),
    failure: '定时发布与催办任务出错',
    run: async (req, log) => {
      await applyDue(req, log)
      const reminded = await sendReminders(req.payload)
      if (reminded) log(`催办：${reminded} 篇文档已超过办理时限，已提醒处理人`)
    },
  }),
]
