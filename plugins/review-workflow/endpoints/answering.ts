// Our endpoints answer errors as { error: { code, message } } with a Chinese message: a signed-in user is
// required, and a refusal of the workflow (a 4xx APIError, see lib/refuse.ts) becomes such an answer.
import { APIError, type PayloadHandler } from 'payload'
import { problem } from '../../../cms/lib/http/problem.ts'

export const answering =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        const data = error.data as { code?: string; details?: unknown } | undefined
        return Response.json(
          {
            error: {
              code: data?.code ?? 'refused',
              message: error.message,
              details: data?.details,
            },
          },
          { status: error.status },
        )
      }
      throw error
    }
  }
