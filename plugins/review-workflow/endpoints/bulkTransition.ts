// POST /api/<collection>/transition — bulk: { transition, comment?, documents: [{ id, version }] }. One
// transaction per document: each is checked on its own, one refusal does not undo the others.
import { APIError, type Endpoint } from 'payload'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { applyTransition } from '../transition/apply.ts'
import { answering } from './answering.ts'
import { bulkBody } from './bodies.ts'

export const bulkTransitionEndpoint = (slug: string, options: ResolvedOptions): Endpoint => ({
  path: '/transition',
  method: 'post',
  handler: answering(async (req) => {
    const input = await parseBody(req, bulkBody)
    if (input instanceof Response) return input
    const results = []
    for (const document of input.documents) {
      try {
        const done = await applyTransition(req, options, {
          collection: slug,
          id: document.id,
          version: document.version,
          transition: input.transition,
          comment: input.comment,
        })
        results.push({ ...done, ok: true })
      } catch (error) {
        if (!(error instanceof APIError) || error.status >= 500) throw error
        results.push({ id: document.id, ok: false, status: error.status, message: error.message })
      }
    }
    return Response.json({ results, failed: results.filter((r) => !r.ok).length })
  }),
})
