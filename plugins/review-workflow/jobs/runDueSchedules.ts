// The scheduler: applies scheduled publishing and unpublishing when their time comes, as the person who
// scheduled them and with all checks run again (permission, state, version: a document changed since it was
// scheduled is not published). Runs on the jobs queue (tasks.ts); tests drive it with their own clock.
import { APIError, createLocalReq, type Payload } from 'payload'
import { cutText } from '../../../contracts/text/index.ts'
import { SCHEDULES } from '../collections/slugs.ts'
import { SCHEDULED_RUN } from '../context.ts'
import { installedOptions, type ResolvedOptions } from '../resolveOptions.ts'
import { applyTransition } from '../transition/apply.ts'

type Schedule = {
  id: string
  collectionSlug: string
  documentId: string
  transition: string
  actor: string | { id: string }
  comment?: string | null
  version: string
}

type Outcome = { status: 'done' | 'failed'; result: string }

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
    const { status, result } = await carryOut(payload, options, schedule)
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

/** Takes the scheduled transition as its scheduler; a refusal or an error is the schedule's outcome. */
async function carryOut(
  payload: Payload,
  options: ResolvedOptions,
  schedule: Schedule,
): Promise<Outcome> {
  const actorId = typeof schedule.actor === 'object' ? schedule.actor.id : schedule.actor
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
    return { status: 'done', result: `已执行，文档状态：${applied.state}` }
  } catch (error) {
    const result =
      error instanceof APIError && error.status < 500
        ? error.message
        : `执行出错：${error instanceof Error ? error.message : String(error)}`
    return { status: 'failed', result }
  }
}
