// Scheduling a publication or a withdrawal (定时发布), and cancelling it. The scheduler
// (jobs/runDueSchedules.ts) applies it at its time as a transition of the person who scheduled it.
import type { PayloadRequest } from 'payload'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import { SCHEDULES } from '../collections/slugs.ts'
import { queueDueRun } from '../jobs/dueRun.ts'
import { isLiveStage } from '../lib/definition.ts'
import { ofDocument, titleOf } from '../lib/history.ts'
import { refuse } from '../lib/refuse.ts'
import { actorOf, type ResolvedOptions } from '../resolveOptions.ts'
import { recordHistory } from './effects.ts'
import type { Step, TransitionResult } from './types.ts'

const MAX_SCHEDULE_DAYS = 366

type ScheduleStep = Omit<Step, 'data' | 'transition'> & {
  transition: { key: string; label: string; to: string }
  at: string
}

/** The time asked for, when it is at least a minute and at most a year from now. */
function scheduledTime(value: string): Date {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) throw refuse(400, '定时时间格式不正确', 'invalid_time')
  if (at.getTime() <= Date.now() + 60_000)
    throw refuse(400, '定时时间必须在一分钟之后', 'time_in_past')
  if (at.getTime() > Date.now() + MAX_SCHEDULE_DAYS * 86_400_000)
    throw refuse(400, '定时时间不能超过一年', 'time_too_far')
  return at
}

/**
 * Checks now what the transition will need then (done by the caller), and records it for the scheduler.
 * Only publishing and unpublishing can be scheduled, one pending schedule per document (checked by the
 * caller); the document must still be at the same version when the time comes.
 */
export async function schedule(
  req: PayloadRequest,
  options: ResolvedOptions,
  step: ScheduleStep,
): Promise<TransitionResult> {
  const { collection, id, doc, to, transition } = step
  if (!isLiveStage(to.stage))
    throw refuse(
      400,
      `只有发布和撤销发布可以定时执行，“${transition.label}”不能定时`,
      'not_schedulable',
    )
  const at = scheduledTime(step.at)
  const version = String(doc.updatedAt)
  await req.payload.create({
    collection: SCHEDULES as 'workflow-schedules',
    data: {
      collectionSlug: collection,
      documentId: id,
      documentTitle: titleOf(doc),
      transition: transition.key,
      transitionLabel: transition.label,
      at: at.toISOString(),
      actor: step.actor.id,
      comment: step.comment,
      version,
      status: 'pending',
    } as never,
    req,
    overrideAccess: true,
  })
  await queueDueRun(req, at)
  await recordScheduling(req, options, step, at, version)
  const status = String(doc._status ?? 'draft')
  return { id, state: step.from.key, status, version, scheduledAt: at.toISOString() }
}

/** The scheduling in the document's history (it stays in its state) and in the audit log. */
async function recordScheduling(
  req: PayloadRequest,
  options: ResolvedOptions,
  step: ScheduleStep,
  at: Date,
  version: string,
): Promise<void> {
  const { transition } = step
  const label = `定时${transition.label}（${formatBeijingTime(at)}）`
  await recordHistory(
    req,
    { ...step, to: step.from, transition: { key: `schedule:${transition.key}`, label } },
    version,
  )
  await options.audit?.(req, {
    collection: step.collection,
    id: step.id,
    transition: `schedule:${transition.key}`,
    from: step.from.key,
    to: step.to.key,
    comment: `${label}${step.comment ? `；${step.comment}` : ''}`,
  })
}

/** Cancels the document's pending schedule: by the person who scheduled it, or a workflow administrator. */
export async function cancelSchedule(
  req: PayloadRequest,
  options: ResolvedOptions,
  { collection, id }: { collection: string; id: string },
): Promise<void> {
  if (!req.user) throw refuse(401, '请先登录', 'unauthenticated')
  const { docs } = await req.payload.find({
    collection: SCHEDULES as 'workflow-schedules',
    where: ofDocument(collection, id, { status: { equals: 'pending' } }),
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const pending = docs[0] as unknown as
    { id: string; actor: string; transition: string; transitionLabel: string } | undefined
  if (!pending) throw refuse(404, '这篇文档没有等待执行的定时任务', 'no_schedule')
  const actor = actorOf(req, options)
  if (String(pending.actor) !== actor.id && (await options.manage({ req })) !== true)
    throw refuse(403, '只有安排人或流程管理员可以取消定时任务', 'not_permitted')
  await req.payload.update({
    collection: SCHEDULES as 'workflow-schedules',
    id: pending.id,
    data: { status: 'cancelled', result: `由 ${actor.id} 取消` } as never,
    req,
    overrideAccess: true,
  })
  await options.audit?.(req, {
    collection,
    id,
    transition: `cancel-schedule:${pending.transition}`,
    from: '',
    to: '',
    comment: `取消定时${pending.transitionLabel}`,
  })
}
