// An anonymous request that must be refused in the house error shape: for the input tests, which send many
// kinds of bad input and expect a 4xx with `{ error: { code, message } }` in Chinese, never a stack or a path.
import { expect, inject } from 'vitest'
import { rawRequest } from './rawHttp.ts'
import './context.ts'

/** Any Han character: a message a person reads is in Chinese. */
export const HAN = /\p{Script=Han}/u

/** An anonymous request's status and error; fails the test on anything but the house error shape. */
export async function refused(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  const res = await rawRequest(inject('haiqiao').cmsUrl, {
    method,
    path,
    body,
    headers: {
      'Accept-Language': 'zh-CN',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
  })
  const parsed = JSON.parse(res.body) as { error: { code: string; message: string } }
  expect(parsed.error.message, `${method} ${path}`).toMatch(HAN)
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\/work\/|invalid input syntax/)
  return { status: res.status, ...parsed.error }
}
