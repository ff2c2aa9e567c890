// POST /api/workflows/:id/move-documents — administrators: { collection, from, to, comment } (see
// transition/moveDocuments.ts).
import type { Endpoint } from 'payload'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { moveDocuments } from '../transition/moveDocuments.ts'
import { answering } from './answering.ts'
import { moveBody } from './bodies.ts'

export const moveDocumentsEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/move-documents',
  method: 'post',
  handler: answering(async (req) => {
    if ((await options.manage({ req })) !== true)
      return problem(403, 'forbidden', '只有流程管理员可以移动文档')
    const input = await parseBody(req, moveBody)
    if (input instanceof Response) return input
    return Response.json(
      await moveDocuments(req, options, { workflowId: String(req.routeParams?.id), ...input }),
    )
  }),
})
