// POST /api/<collection>/:id/transition       { transition, version, comment?, assignees?, at?, override? }
// POST /api/<collection>/:id/schedule/cancel
import type { Endpoint } from 'payload'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { applyTransition } from '../transition/apply.ts'
import { cancelSchedule } from '../transition/schedule.ts'
import { answering } from './answering.ts'
import { transitionBody } from './bodies.ts'

export const transitionEndpoint = (slug: string, options: ResolvedOptions): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: answering(async (req) => {
    const input = await parseBody(req, transitionBody)
    if (input instanceof Response) return input
    const result = await applyTransition(req, options, {
      collection: slug,
      id: String(req.routeParams?.id),
      ...input,
    })
    return Response.json(result)
  }),
})

export const cancelScheduleEndpoint = (slug: string, options: ResolvedOptions): Endpoint => ({
  path: '/:id/schedule/cancel',
  method: 'post',
  handler: answering(async (req) => {
    await cancelSchedule(req, options, { collection: slug, id: String(req.routeParams?.id) })
    return Response.json({ cancelled: true })
  }),
})
