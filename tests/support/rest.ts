// A small REST client for the running CMS: anonymous or in the session globalSetup opened for a staff account.
import { inject } from 'vitest'
import './context.ts'

export type Rest = {
  /** The Authorization header value (empty when anonymous), for multipart uploads. */
  authorization: string
  get: (path: string) => Promise<Response>
  post: (path: string, body: unknown) => Promise<Response>
  patch: (path: string, body: unknown) => Promise<Response>
  del: (path: string) => Promise<Response>
  graphql: (
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }>
}

export async function restAs(email?: string): Promise<Rest> {
  const { cmsUrl, sessions } = inject('haiqiao')
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Accept-Language': 'zh-CN',
  }
  if (email) {
    if (!sessions[email]) throw new Error(`没有 ${email} 的会话`)
    headers.Authorization = `JWT ${sessions[email]}`
  }
  const call = (method: string) => (path: string, body?: unknown) =>
    fetch(`${cmsUrl}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    authorization: headers.Authorization ?? '',
    get: call('GET'),
    post: call('POST'),
    patch: call('PATCH'),
    del: call('DELETE'),
    graphql: async (query, variables) => {
      const res = await fetch(`${cmsUrl}/api/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      })
      return res.json() as Promise<{
        data?: Record<string, unknown>
        errors?: { message: string }[]
      }>
    },
  }
}
