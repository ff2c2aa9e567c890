// The `site-publish` task (queue `site`), queued with every build request (queue.ts): it runs the publisher its
// runner was given in `context` (runner/publisher.ts) and, while changes are not quiet yet, queues its follow-up.
import type { Payload } from 'payload'
import type { HaiqiaoTask } from '../lib/jobs/types.ts'
import { SITE_PUBLISH_TASK, SITE_QUEUE } from './queue.ts'

/** What a runner that publishes the portal is given (`context[SITE_PUBLISHER]`). */
export type SitePublisher = {
  /** Builds what is due; `waitMs` when requests are queued but changes are not quiet yet. */
  publish: (payload: Payload) => Promise<{ waitMs?: number }>
}
export const SITE_PUBLISHER = 'haiqiaoSitePublisher'

export const sitePublishTask: HaiqiaoTask = {
  slug: SITE_PUBLISH_TASK,
  label: '发布门户',
  // A failed build is recorded on its requests and the live site stays; the next change builds again.
  retries: 0,
  handler: async ({ req, job }) => {
    const publisher = req.context[SITE_PUBLISHER] as SitePublisher | undefined
    if (!publisher) throw new Error('这个任务执行器没有门户发布器，不能发布门户')
    const { waitMs } = await publisher.publish(req.payload)
    // Not quiet yet: one follow-up, unless another job of the queue is already waiting.
    if (waitMs !== undefined) {
      const waiting = await req.payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: SITE_PUBLISH_TASK } },
            { id: { not_equals: job.id } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
          ],
        },
        overrideAccess: true,
      })
      if (!waiting.totalDocs)
        await req.payload.jobs.queue({
          task: SITE_PUBLISH_TASK,
          queue: SITE_QUEUE,
          input: {},
          waitUntil: new Date(Date.now() + waitMs),
        })
    }
    return { output: {} }
  },
}
