// The scheduler: applies scheduled publishing and unpublishing when their time comes, as the person who
// scheduled them and with all checks run again (permission, state, version: a document changed since it was
// scheduled is not published), and sends the reminders of overdue documents. Runs on the jobs queue
// (jobs.ts); tests drive it with their own clock.
import { APIError, createLocalReq, type Payload } from 'payload'
import { SCHEDULES } from './collections.ts'
import { installedOptions, SCHEDULED_RUN } from './options.ts'
import { cutText } from '../../contracts/text/index.ts'
import { applyTransition } from './transition.ts'

type Schedule = {
  id: string
  collectionSlug: string
  documentId: string
  transition: string
  actor: string | { id: string }
  comment?: string | null
  version: string
}

/** Applies every pending schedule due at `now`; returns how many were applied and how many could not be. */
export async function runDueSchedules(
  payload: Payload,
  now = new Date(),
): Promise<{ done: number; failed: number }> {
  const options = installedOptions(payload)
  const { docs } = await payload.find({
    collection: SCHEDULES as 'workflow-schedules',
    where: {
      and: [{ status: { equals: 'pending' } }, { at: { less_than_equal: now.toISOString() } }],
    },
    sort: 'at',
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  let done = 0
  let failed = 0
  for (const schedule of docs as unknown as Schedule[]) {
    const actorId = typeof schedule.actor === 'object' ? schedule.actor.id : schedule.actor
    let status: 'done' | 'failed' = 'failed'
    let result: string
    try {
      const user = await payload.findByID({
        collection: options.usersSlug as 'users',
        id: actorId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!user) throw new APIError('安排定时任务的账号已不存在', 409, undefined, true)
      const req = await createLocalReq(
        { user: { ...user, collection: options.usersSlug } as never },
        payload,
      )
      req.context[SCHEDULED_RUN] = true
      const applied = await applyTransition(req, options, {
        collection: schedule.collectionSlug,
        id: schedule.documentId,
        transition: schedule.transition,
        version: schedule.version,
        comment: schedule.comment,
      })
      status = 'done'
      result = `已执行，文档状态：${applied.state}`
    } catch (error) {
      result =
        error instanceof APIError && error.status < 500
          ? error.message
          : `执行出错：${error instanceof Error ? error.message : String(error)}`
    }
    if (status === 'done') done++
    else failed++
    await payload.update({
      collection: SCHEDULES as 'workflow-schedules',
      id: schedule.id,
      data: { status, result: cutText(result, 500) } as never,
      overrideAccess: true,
    })
  }
  return { done, failed }
}
