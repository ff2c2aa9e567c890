// POST /api/content-safety/rescan: whoever may manage the dictionary asks for a round of 内容巡检 now; the
// round runs on the jobs queue (jobs/rescan.ts). 401 signed out, 403 not a manager, 409 one already pending.
import type { Endpoint } from 'payload'
import { problem } from '../../../cms/lib/http/problem.ts'
import { SCANS } from '../collections/scans.ts'
import type { ResolvedOptions } from '../types.ts'
import { latestScan } from '../utilities/scans.ts'

/** POST /api/content-safety/rescan — whoever may manage the dictionary asks for a round now (run by the job runner). */
export function rescanEndpoint(options: ResolvedOptions): Endpoint {
  return {
    path: '/content-safety/rescan',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthenticated', '请先登录')
      if ((await options.manage({ req })) === false)
        return problem(403, 'forbidden', '只有词库管理人员可以发起内容巡检')
      const pending = await latestScan(req.payload, { status: { in: ['queued', 'running'] } })
      if (pending)
        return problem(
          409,
          'already_queued',
          pending.status === 'running'
            ? '内容巡检正在进行，请稍后查看报告'
            : '已有一次内容巡检在等待执行',
        )
      const scan = await req.payload.create({
        collection: SCANS as 'safety-scans',
        data: { status: 'queued', trigger: 'manual', requestedBy: req.user.id } as never,
        req,
        overrideAccess: true,
      })
      return Response.json(
        {
          id: scan.id,
          status: 'queued',
          message: '已安排内容巡检，约一分钟内开始；完成后可在“内容巡检”中查看报告',
        },
        { status: 202 },
      )
    },
  }
}
