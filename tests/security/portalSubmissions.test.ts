// Public submissions reach the CMS only through the portal's server (issue 15 §5): a signed service request
// (HMAC-SM3 with the service key; time window; nonce once across servers) is accepted and audited with the
// visitor address the portal signed, anything altered, expired or replayed is refused, anonymous and GraphQL
// submissions are refused, and the hidden field is enforced by the CMS. Limits shared by every CMS server and
// client addresses behind trusted proxies: sharedLimits.test.ts.
import { randomBytes } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { CONSULTATION_PATH } from '../../contracts/forms/consultation.ts'
import { signRequest } from '../../site/src/cms/serviceClient.ts'
import { question, refusal } from '../support/consultationForm.ts'
import { ownerPool } from '../support/ownerPool.ts'
import { portalPost, serviceCredential } from '../support/portal.ts'
import { restAs } from '../support/rest.ts'

const cmsUrl = () => inject('haiqiao').cmsUrl

async function storedWithSubject(subject: string): Promise<number> {
  const service = await restAs('service@haiqiao.local')
  const res = await service.get(
    `/consultations?where[subject][equals]=${encodeURIComponent(subject)}&limit=0`,
  )
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

/** A request signed for one thing and sent as another (what an attacker on the wire could try). */
function tampered(
  sign: { path?: string; body: unknown; visitor: string; credential?: string; now?: number },
  send: { body?: unknown; visitor?: string; headers?: Record<string, string> } = {},
) {
  const signedBytes = Buffer.from(JSON.stringify(sign.body))
  const headers = signRequest(sign.path ?? CONSULTATION_PATH, signedBytes, {
    visitor: sign.visitor,
    credential: sign.credential ?? serviceCredential(),
    now: sign.now,
  })
  if (send.visitor) headers['x-haiqiao-visitor'] = send.visitor
  return fetch(`${cmsUrl()}${CONSULTATION_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers, ...send.headers },
    body: send.body === undefined ? signedBytes : JSON.stringify(send.body),
  })
}

const db = ownerPool()

describe('公众提交只经门户网站服务器转交', () => {
  it('匿名直接提交被拒绝（401，中文）；GraphQL 同样；服务人员会话按集合权限录入，编辑不能', async () => {
    const subject = `直接提交测试 ${Date.now()}`
    const anonymous = await (await restAs()).post('/consultations', question(subject))
    expect(anonymous.status).toBe(401)
    expect(await refusal(anonymous)).toEqual({
      code: 'portal_only',
      message: expect.stringContaining('门户网站'),
    })
    const graphql = await (
      await restAs()
    ).graphql(
      `mutation { createConsultation(data: { subject: "${subject}", topic: policy, status: pending, question: "请问企业赴越南投资设厂需要办理哪些备案手续？" }) { id } }`,
    )
    expect(graphql.errors?.[0]?.message).toBe('您无权执行此操作。')
    expect(await storedWithSubject(subject)).toBe(0)

    expect(
      (await (await restAs('editor@haiqiao.local')).post('/consultations', question(subject)))
        .status,
    ).toBe(403)
    const staff = await (
      await restAs('service@haiqiao.local')
    ).post('/consultations', { ...question(subject), status: 'answered', reply: '已电话答复' })
    expect(staff.status, await staff.clone().text()).toBe(201)
    expect(((await staff.json()) as { doc: { status: string } }).doc.status).toBe('answered')
    expect(await storedWithSubject(subject)).toBe(1)
  })

  it('签名正确的请求受理，审计日志记录门户签名的访客地址', async () => {
    const subject = `签名提交测试 ${Date.now()}`
    const res = await portalPost(CONSULTATION_PATH, question(subject), { visitor: '198.51.100.20' })
    expect(res.status, await res.clone().text()).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const auditor = await restAs('auditor@haiqiao.local')
    const audit = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=consultations.create&where[objectId][equals]=${id}`,
      )
    ).json()) as { docs: { ip: string; actorId: string | null }[] }
    expect(audit.docs).toEqual([expect.objectContaining({ ip: '198.51.100.20', actorId: null })])
  })

  it('改动内容、访客地址或路径，错误或未知的密钥，时间超出窗口，重复的随机数：一律拒绝（401），不留记录', async () => {
    const subject = `篡改测试 ${Date.now()}`
    const visitor = '198.51.100.21'
    const cases: [string, Promise<Response>][] = [
      [
        'service_signature_invalid',
        tampered(
          { body: question(subject), visitor },
          {
            body: {
              ...question(subject),
              question: '改过的问题：请问企业赴越南投资设厂需要哪些手续？',
            },
          },
        ),
      ],
      [
        'service_signature_invalid',
        tampered({ body: question(subject), visitor }, { visitor: '198.51.100.99' }),
      ],
      [
        'service_signature_invalid',
        tampered({ path: '/api/other', body: question(subject), visitor }),
      ],
      [
        'service_signature_invalid',
        tampered({
          body: question(subject),
          visitor,
          credential: `v1:${randomBytes(32).toString('hex')}`,
        }),
      ],
      [
        'service_signature_invalid',
        tampered({
          body: question(subject),
          visitor,
          credential: `v999:${randomBytes(32).toString('hex')}`,
        }),
      ],
      [
        'service_request_expired',
        tampered({ body: question(subject), visitor, now: Date.now() - 5 * 60_000 }),
      ],
      [
        'service_request_expired',
        tampered({ body: question(subject), visitor, now: Date.now() + 5 * 60_000 }),
      ],
      [
        'service_credential_invalid',
        tampered({ body: question(subject), visitor }, { visitor: 'not-an-address' }),
      ],
      [
        'service_credential_invalid',
        tampered({ body: question(subject), visitor }, { headers: { 'x-haiqiao-nonce': 'short' } }),
      ],
    ]
    for (const [code, pending] of cases) {
      const res = await pending
      expect(res.status).toBe(401)
      const error = await refusal(res)
      expect(error.code).toBe(code)
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    }

    const nonce = randomBytes(16).toString('hex')
    expect(
      (await portalPost(CONSULTATION_PATH, question(subject), { visitor, nonce })).status,
    ).toBe(201)
    const replay = await portalPost(CONSULTATION_PATH, question(subject), { visitor, nonce })
    expect(replay.status).toBe(401)
    expect((await refusal(replay)).code).toBe('service_request_replayed')
    expect(await storedWithSubject(subject)).toBe(1)
    // The nonce is kept in PostgreSQL (every CMS server sees it) until the time window has surely passed.
    const kept = await db.query<{ ok: boolean }>(
      "SELECT expires_at > now() + interval '60 seconds' AND expires_at < now() + interval '10 minutes' AS ok FROM service_nonces WHERE nonce = $1",
      [nonce],
    )
    expect(kept.rows).toEqual([{ ok: true }])
  })

  it('隐藏字段被填写的提交由 CMS 丢弃（202，不保存）', async () => {
    const subject = `隐藏字段测试 ${Date.now()}`
    const res = await portalPost(
      CONSULTATION_PATH,
      { ...question(subject), website: 'http://spam.example' },
      { visitor: '198.51.100.22' },
    )
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ id: null })
    expect(await storedWithSubject(subject)).toBe(0)
  })
})
