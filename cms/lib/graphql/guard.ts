// The GraphQL route around Payload's handler: checks the request first (checkRequest.ts), admits it by its
// cost (admission.ts), and makes what Payload answers follow the platform's rules — a request that fails
// before execution is a 400 with a Chinese message, never a 200 with errors only or a 5xx.
import type { SanitizedConfig } from 'payload'
import { admit } from './admission.ts'
import { checkRequest } from './checkRequest.ts'
import { graphqlProblem } from './graphqlProblem.ts'

type Handler = (request: Request) => Promise<Response>

/** Headers passed on to Payload: the body is re-sent, and the answer is JSON. */
function forwardHeaders(request: Request): Headers {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  headers.set('accept', 'application/json')
  return headers
}

/** Payload's answer, with request errors (errors and no data) turned into a 400 and failures into Chinese. */
async function normalise(response: Response): Promise<Response> {
  if (response.status >= 500)
    return graphqlProblem(response.status, 'graphql_failed', 'GraphQL 请求处理失败，请稍后再试')
  const text = await response.text()
  if (response.status >= 400 && !text)
    return graphqlProblem(response.status, 'graphql_refused', 'GraphQL 请求未被接受')
  if (text.startsWith('{"errors"')) {
    const body = JSON.parse(text) as { data?: unknown; errors?: { message?: string }[] }
    if (!('data' in body))
      return graphqlProblem(
        400,
        'graphql_invalid',
        `GraphQL 查询无效：${body.errors?.[0]?.message ?? ''}`,
      )
  }
  return new Response(text, { status: response.status, headers: response.headers })
}

export function guardGraphql(config: Promise<SanitizedConfig>, handler: Handler): Handler {
  return async (request) => {
    const checked = await checkRequest(request, config)
    if ('refused' in checked) return checked.refused
    const release = await admit(checked.cost)
    if (!release)
      return graphqlProblem(503, 'graphql_busy', '服务器正忙，请稍后再试', { 'Retry-After': '5' })
    try {
      return await normalise(
        await handler(
          new Request(request.url, {
            method: 'POST',
            headers: forwardHeaders(request),
            body: checked.body,
          }),
        ),
      )
    } catch {
      return graphqlProblem(500, 'graphql_failed', 'GraphQL 请求处理失败，请稍后再试')
    } finally {
      release()
    }
  }
}

/** GraphQL is served over POST only. */
export const graphqlPostOnly: Handler = async () =>
  graphqlProblem(405, 'method_not_allowed', 'GraphQL 只接受 POST 请求（JSON 请求体）', {
    Allow: 'POST, OPTIONS',
  })
