// The portal server's one way to call the CMS for a visitor: a POST signed with the service credential
// (contracts/serviceRequest.ts) the launcher hands this process in HAIQIAO_SERVICE_CREDENTIAL. The CMS checks
// the signature, the time, the nonce and then limits and stores on behalf of the signed visitor address.
import { createHash, createHmac, randomBytes } from 'node:crypto'
import {
  canonicalServiceRequest,
  CREDENTIAL_PATTERN,
  SERVICE_CREDENTIAL_ENV,
  SERVICE_HEADERS,
} from '../../../contracts/serviceRequest.ts'
import { cmsUrl } from './client.ts'

export type SigningOptions = {
  /** The visitor's address as this server's front determined it (contracts/clientAddress.ts). */
  visitor: string
  /** `v<version>:<hex key>`; defaults to this process's HAIQIAO_SERVICE_CREDENTIAL. */
  credential?: string
  /** Unix milliseconds to sign with (the current time). */
  now?: number
  /** The nonce to sign with (16 fresh random bytes). */
  nonce?: string
}

/** The service headers for a POST of `body` (the exact bytes sent) to `path`; throws when no credential is configured. */
export function signRequest(
  path: string,
  body: Uint8Array,
  {
    visitor,
    credential = process.env[SERVICE_CREDENTIAL_ENV],
    now = Date.now(),
    nonce = randomBytes(16).toString('hex'),
  }: SigningOptions,
): Record<string, string> {
  const match = CREDENTIAL_PATTERN.exec(credential ?? '')
  if (!match) throw new Error(`门户服务未配置服务凭证（${SERVICE_CREDENTIAL_ENV}）`)
  const timestamp = String(Math.floor(now / 1000))
  const canonical = canonicalServiceRequest({
    method: 'POST',
    path,
    timestamp,
    nonce,
    visitor,
    bodyDigest: createHash('sm3').update(body).digest('hex'),
  })
  return {
    [SERVICE_HEADERS.timestamp]: timestamp,
    [SERVICE_HEADERS.nonce]: nonce,
    [SERVICE_HEADERS.visitor]: visitor,
    [SERVICE_HEADERS.signature]: `v${match[1]}:${createHmac('sm3', Buffer.from(match[2]!, 'hex')).update(canonical).digest('hex')}`,
  }
}

/** Signs and sends `body` as JSON to the CMS at `path` (e.g. `/api/consultations`). `baseUrl` defaults to CMS_URL. */
export async function signedPost(
  path: string,
  body: unknown,
  options: SigningOptions & { baseUrl?: string },
): Promise<Response> {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8')
  return fetch(`${options.baseUrl ?? cmsUrl()}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': 'zh-CN',
      ...signRequest(path, bytes, options),
    },
    body: bytes,
    signal: AbortSignal.timeout(15_000),
  })
}
