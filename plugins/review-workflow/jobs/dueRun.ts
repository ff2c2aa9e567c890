// The queue and task that apply scheduled publications at their time (run by tasks.ts), and queueing such a
// run from a transition (transition/schedule.ts). Apart from tasks.ts so that the transition does not import the tasks.
import type { PayloadRequest } from 'payload'

export const QUEUE = 'workflow'
export const DUE_TASK = 'workflow-due'

/** Queues the run of a schedule at its time, in the request's transaction (gone if the schedule is rolled back). */
export async function queueDueRun(req: PayloadRequest, at: Date): Promise<void> {
  await req.payload.jobs.queue({
    task: DUE_TASK as never,
    queue: QUEUE,
    input: {} as never,
    waitUntil: at,
    req,
  })
}
