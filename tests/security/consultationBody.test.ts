// The body of a public submission (POST /api/consultations): sent directly by anyone it is refused before
// it is read (401 portal_only); signed by the portal's server, each malformed body is a 400 in Chinese that
// names the field at fault, and control characters are cleaned by the text rules before it is accepted.
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signRequest } from '../../site/src/cms/serviceClient.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { serviceCredential } from '../support/portal.ts'
import { rawRequest } from '../support/rawHttp.ts'
import { refused } from '../support/refused.ts'

const { cmsUrl } = inject('haiqiao')
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('公众提交 POST /api/consultations 的请求体', () => {
  // A body the form accepts; each case below breaks exactly one thing, so its 400 is for that thing.
  const valid = {
    subject: '咨询出口备案',
    topic: 'market',
    question: '请问出口企业如何办理境外投资备案手续？',
    contactName: '张伟',
    contactPhone: '13812345678',
    consent: 'yes',
  }
  const signedPost = (body: string, type: string, visitor: string) => {
    const headers = signRequest('/api/consultations', Buffer.from(body, 'utf8'), {
      visitor,
      credential: serviceCredential(),
    })
    return rawRequest(cmsUrl, {
      method: 'POST',
      path: '/api/consultations',
      body,
      headers: { 'Content-Type': type, ...headers },
    })
  }
  // One visitor address per body, so the per-visitor limit plays no part.
  const visitorFor = (body: string) =>
    `198.51.100.${(createHash('sha256').update(body).digest()[0]! % 200) + 20}`

  it.each([
    ['null', 'application/json', null],
    ['[]', 'application/json', null],
    ['"x"', 'application/json', null],
    ['{', 'application/json', null],
    ['subject=x&topic=market', 'application/x-www-form-urlencoded', null],
    ['x', 'text/plain', null],
    [JSON.stringify({ ...valid, country: ['x'] }), 'application/json', 'country'],
    [JSON.stringify({ ...valid, country: 'not-a-uuid' }), 'application/json', 'country'],
    [JSON.stringify({ ...valid, topic: 'nope' }), 'application/json', 'topic'],
    [JSON.stringify({ ...valid, question: { $ne: '' } }), 'application/json', 'question'],
    [JSON.stringify({ ...valid, contactPhone: '1381234567' }), 'application/json', 'contactPhone'],
  ] as const)(
    '%s（%s）：匿名直接提交 → 401，门户签名转交 → 400，均为中文',
    async (body, type, field) => {
      // Only the portal's server may submit (signed); anyone else is refused before the body is read.
      expect(
        await refused('POST', '/api/consultations', body, { 'Content-Type': type }),
      ).toMatchObject({ status: 401, code: 'portal_only' })
      // Through the portal, the same body reaches the form's checks, which name the field at fault.
      const res = await signedPost(body, type, visitorFor(body))
      expect(res.status, res.body).toBe(400)
      const { error } = JSON.parse(res.body) as {
        error: { code: string; message: string; fields?: Record<string, string> }
      }
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
      if (field) expect(Object.keys(error.fields ?? {})).toEqual([field])
    },
  )

  it('控制字符：匿名直接提交 → 401；门户转交时按文本规则清理后受理（NUL 去掉）', async () => {
    const body = JSON.stringify({ ...valid, subject: '咨询\u0000备案' })
    expect(await refused('POST', '/api/consultations', body)).toMatchObject({
      status: 401,
      code: 'portal_only',
    })
    const res = await signedPost(body, 'application/json', '198.51.100.250')
    expect(res.status, res.body).toBe(201)
    const { id } = JSON.parse(res.body) as { id: string }
    expect(
      (await payload.findByID({ collection: 'consultations', id, depth: 0, overrideAccess: true }))
        .subject,
    ).toBe('咨询备案')
  })
})
