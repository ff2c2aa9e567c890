// How the portal's server calls the CMS for a visitor (public forms): an HMAC-SM3 signature with the service
// key over the method, path, time, a one-time nonce, the visitor's address as the portal saw it and the SM3
// digest of the body. The CMS refuses a request whose signature, time window or nonce does not hold
// (cms/lib/http/serviceRequest.ts); the portal signs with site/src/cms/serviceClient.ts. Declared once here.

/** Request headers of a signed service request. */
export const SERVICE_HEADERS = {
  /** Unix time in whole seconds, when the portal signed. */
  timestamp: 'x-haiqiao-timestamp',
  /** 16 random bytes as 32 lower-case hex digits, never used twice. */
  nonce: 'x-haiqiao-nonce',
  /** The visitor's IP address as the portal's front determined it (contracts/clientAddress.ts). */
  visitor: 'x-haiqiao-visitor',
  /** `v<key version>:<64 hex digits>`: HMAC-SM3 of `canonicalServiceRequest(...)`. */
  signature: 'x-haiqiao-signature',
} as const

/** The credential the portal's server holds (env HAIQIAO_SERVICE_CREDENTIAL): `v<key version>:<64 hex digits of key>`. */
export const SERVICE_CREDENTIAL_ENV = 'HAIQIAO_SERVICE_CREDENTIAL'

/** A request signed more than this many seconds before or after the CMS's clock is refused. */
export const SERVICE_REQUEST_WINDOW_SECONDS = 60

export const NONCE_PATTERN = /^[0-9a-f]{32}$/
export const TIMESTAMP_PATTERN = /^\d{1,12}$/
export const SIGNATURE_PATTERN = /^v(\d{1,6}):([0-9a-f]{64})$/
export const CREDENTIAL_PATTERN = /^v(\d{1,6}):([0-9a-f]{64})$/

export type ServiceRequestParts = {
  method: string
  /** Path and query as sent, e.g. `/api/consultations`. */
  path: string
  timestamp: string
  nonce: string
  visitor: string
  /** SM3 of the body bytes, 64 lower-case hex digits (of zero bytes when there is no body). */
  bodyDigest: string
}

/** The exact bytes that are signed: one field a line, in this order, after a scheme tag. */
export const canonicalServiceRequest = (parts: ServiceRequestParts): string =>
  [
    'HAIQIAO-HMAC-SM3-1',
    parts.method.toUpperCase(),
    parts.path,
    parts.timestamp,
    parts.nonce,
    parts.visitor,
    parts.bodyDigest,
  ].join('\n')
