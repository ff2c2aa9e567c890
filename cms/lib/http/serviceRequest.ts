// The CMS's side of signed service requests (contracts/serviceRequest.ts): the portal's server calls the CMS for
// a visitor with an HMAC-SM3 signature under the service key (cms/lib/crypto). A request is accepted once: its
// signature must hold, its time be within the window, and its nonce be new to every CMS server (table
// service_nonces in PostgreSQL, kept until the window has surely passed). Refusals are audited — up to
// REFUSALS_AUDITED per connection address and minute, then one record saying the rest are counted only, so a
// client sending forged requests cannot grow the audit log at its request rate.
import { isIP } from 'node:net'
import type { Payload, PayloadRequest } from 'payload'
import {
  canonicalServiceRequest,
  NONCE_PATTERN,
  SERVICE_HEADERS,
  SERVICE_REQUEST_WINDOW_SECONDS,
  SIGNATURE_PATTERN,
  TIMESTAMP_PATTERN,
} from '../../../contracts/serviceRequest.ts'
import { requestContext, writeAudit } from '../audit/writeAudit.ts'
import { getCrypto } from '../crypto/index.ts'
import { poolOf } from '../db/sql.ts'
import { clientIp } from './clientIp.ts'
import { problem } from './problem.ts'
import { hitLimit, type Limit } from './rateLimit.ts'

/** Refusals audited one by one per connection address (the sender, not the visitor it claims) and window. */
export const REFUSALS_AUDITED: Limit = { points: 30, windowSeconds: 60 }

/** A request that claims to be signed (it carries a signature header): it is verified, never treated as anonymous. */
export const claimsServiceSignature = (headers: Headers) => headers.has(SERVICE_HEADERS.signature)

/** Records the nonce; false when some CMS server already saw it. Expired nonces are removed now and then. */
async function spendNonce(payload: Payload, nonce: string): Promise<boolean> {
  const pool = poolOf(payload)
  if (Math.random() < 0.02) await pool.query('DELETE FROM service_nonces WHERE expires_at < now()')
  const { rows } = await pool.query(
    'INSERT INTO service_nonces (nonce, expires_at) VALUES ($1, now() + make_interval(secs => $2)) ON CONFLICT (nonce) DO NOTHING RETURNING nonce',
    [nonce, 2 * SERVICE_REQUEST_WINDOW_SECONDS + 60],
  )
  return rows.length === 1
}

async function refuse(req: PayloadRequest, code: string, message: string): Promise<Response> {
  const { count } = await hitLimit(
    req.payload,
    `service-refusal:${clientIp(req.headers)}`,
    REFUSALS_AUDITED,
  )
  if (count <= REFUSALS_AUDITED.points) {
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'service.request',
      result: 'failure',
      objectType: 'service-requests',
      reason: code,
    })
  } else if (count === REFUSALS_AUDITED.points + 1) {
    const reason = `${code}；此地址 ${REFUSALS_AUDITED.windowSeconds} 秒内被拒绝的服务请求已超过 ${REFUSALS_AUDITED.points} 次，本时段其余的拒绝只计数、不逐条记录`
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'service.request',
      result: 'failure',
      objectType: 'service-requests',
      reason,
    })
  }
  return problem(401, code, message)
}

/**
 * The visitor a signed request acts for, or the 401 refusing it. `body`: the bytes of the body exactly as
 * received (their SM3 digest is signed); `now` in milliseconds.
 */
export async function verifyServiceRequest(
  req: PayloadRequest,
  body: Uint8Array,
  now = Date.now(),
): Promise<{ visitor: string } | Response> {
  const header = (name: string) => req.headers.get(name) ?? ''
  const [timestamp, nonce, visitor, signature] = [
    header(SERVICE_HEADERS.timestamp),
    header(SERVICE_HEADERS.nonce),
    header(SERVICE_HEADERS.visitor),
    header(SERVICE_HEADERS.signature),
  ]
  if (
    !TIMESTAMP_PATTERN.test(timestamp) ||
    !NONCE_PATTERN.test(nonce) ||
    !isIP(visitor) ||
    !SIGNATURE_PATTERN.test(signature)
  ) {
    return refuse(
      req,
      'service_credential_invalid',
      '服务凭证缺失或格式不正确：公众提交只受理门户网站服务器签名转交的请求',
    )
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > SERVICE_REQUEST_WINDOW_SECONDS) {
    return refuse(
      req,
      'service_request_expired',
      `服务请求的签名时间超出允许范围（前后 ${SERVICE_REQUEST_WINDOW_SECONDS} 秒），请核对门户与管理后台服务器的时钟`,
    )
  }
  const crypto = getCrypto()
  const url = new URL(req.url ?? '/', 'http://cms')
  const canonical = canonicalServiceRequest({
    method: req.method ?? '',
    path: url.pathname + url.search,
    timestamp,
    nonce,
    visitor,
    bodyDigest: crypto.digest(body),
  })
  if (!crypto.verifyServiceSignature(canonical, signature))
    return refuse(
      req,
      'service_signature_invalid',
      '服务请求签名校验失败：请求内容被改动，或门户使用的服务凭证不正确',
    )
  if (!(await spendNonce(req.payload, nonce)))
    return refuse(
      req,
      'service_request_replayed',
      '服务请求已经受理过（随机数重复），重放的请求不予受理',
    )
  return { visitor }
}
