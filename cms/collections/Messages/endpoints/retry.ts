// The system admin's way to send a failed message again (the outbox: cms/lib/notify/outbox.ts).
import type { Endpoint } from 'payload'
import { cutText } from '../../../../contracts/text/index.ts'
import { hasRole } from '../../../access/roles.ts'
import { problem } from '../../../lib/http/problem.ts'

/** POST /api/messages/:id/retry — the system admin sends a failed message again (after fixing the cause). */
export const retryMessageEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    if (!hasRole(req.user, 'systemAdmin'))
      return problem(403, 'forbidden', '只有系统管理员可以重新发送消息')
    const id = String(req.routeParams?.id)
    const message = await req.payload.findByID({
      collection: 'messages',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!message) return problem(404, 'not_found', '消息不存在')
    if (message.status !== 'failed')
      return problem(
        409,
        'not_failed',
        message.status === 'sent' ? '这条消息已经发送成功' : '这条消息正在等待发送，无需重新发送',
      )
    await req.payload.update({
      collection: 'messages',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      data: {
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
        lastError: cutText(`${message.lastError ?? ''}（已由系统管理员重新发送）`, 2000),
      },
    })
    return Response.json({ id, status: 'queued' })
  },
}
