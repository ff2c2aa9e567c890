// The one way public forms reach the CMS. A form's collection answers POST /api/<slug> with this endpoint:
//   · a signed service request from the portal's server (cms/lib/http/serviceRequest.ts) is verified, counted
//     against the visitor's limit (PostgreSQL, shared by every CMS server), dropped when the hidden field is
//     filled, and handed to the form's `submit` with the request marked as the visitor's (portalVisitor);
//   · a staff session gets Payload's own create, under the collection's access rules;
//   · anything else is refused (401): the CMS is not a public endpoint, the portal is.
// The collection's create access admits the marked request (cms/access/portalSubmission.ts), so GraphQL and
// every other route stay closed to anonymous callers.
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { cleanJson } from '../../../contracts/text/index.ts'
import {
  HONEYPOT_FIELD,
  PUBLIC_FORM_LIMIT,
  type SubmissionAccepted,
  type SubmissionRefused,
} from '../../../contracts/forms/publicForm.ts'
import { readBodyBytes } from './body.ts'
import { markPortalVisitor } from './clientIp.ts'
import { problem } from './problem.ts'
import { hitLimit, type Limit } from './rateLimit.ts'
import { claimsServiceSignature, verifyServiceRequest } from './serviceRequest.ts'

const MAX_BODY_BYTES = 64 * 1024

export type PublicFormOptions = {
  collection: CollectionSlug
  /** Checks the visitor's fields and stores them (with `req`, so access, hooks and audit see the visitor). */
  submit: (req: PayloadRequest, fields: Record<string, unknown>) => Promise<Response>
  /** Told to a caller with neither a service signature nor a staff session (Chinese). */
  portalOnly: string
  /** Posts per visitor address; default PUBLIC_FORM_LIMIT (20 in 10 minutes). */
  limit?: Limit
}

/** 201 with the new record's id. */
export const accepted = (id: string) =>
  Response.json({ id } satisfies SubmissionAccepted, { status: 201 })

/** 400 naming each field's first problem. */
export function refusedFields(fields: Record<string, string>): Response {
  const first = Object.values(fields)[0] ?? '提交内容有误'
  return Response.json(
    { error: { code: 'invalid_input', message: first, fields } } satisfies SubmissionRefused,
    { status: 400 },
  )
}

const parseObject = (body: Uint8Array): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(body).toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** Whether the hidden field holds anything: only a bot fills it in. */
const filledIn = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null

async function fromPortal(
  req: PayloadRequest,
  { collection, submit, limit = PUBLIC_FORM_LIMIT }: PublicFormOptions,
): Promise<Response> {
  const body = await readBodyBytes(req, MAX_BODY_BYTES)
  if (!body) return problem(413, 'too_large', `提交内容过大（上限 ${MAX_BODY_BYTES / 1024} KB）`)
  const verified = await verifyServiceRequest(req, body)
  if (verified instanceof Response) return verified
  markPortalVisitor(req, verified.visitor)
  const counted = await hitLimit(req.payload, `form:${collection}:${verified.visitor}`, limit)
  if (!counted.allowed) {
    return problem(
      429,
      'rate_limited',
      `提交过于频繁，请 ${Math.ceil(counted.retryAfterSeconds / 60)} 分钟后再试。`,
      { 'Retry-After': String(counted.retryAfterSeconds) },
    )
  }
  const fields = parseObject(body)
  if (!fields) return problem(400, 'invalid_input', '提交内容须为 JSON 对象')
  if (filledIn(fields[HONEYPOT_FIELD]))
    return Response.json({ id: null } satisfies SubmissionAccepted, { status: 202 })
  // Text as every stored text (contracts/text), before the form's checks count lengths.
  return submit(req, cleanJson(fields))
}

/** The form collection's POST / endpoint (put it first in the collection's `endpoints`). */
export function publicFormEndpoint(options: PublicFormOptions): Endpoint {
  return {
    path: '/',
    method: 'post',
    custom: { publicForm: true },
    handler: async (req) => {
      if (claimsServiceSignature(req.headers)) return fromPortal(req, options)
      if (!req.user) return problem(401, 'portal_only', options.portalOnly)
      // Payload's own create (the endpoint after this one), as for any collection.
      const endpoints = req.payload.collections[options.collection]?.config.endpoints || []
      const builtIn = endpoints.find(
        (other) => !other.custom?.publicForm && other.method === 'post' && other.path === '/',
      )
      if (!builtIn) return problem(405, 'not_allowed', '不支持此操作')
      return builtIn.handler(req)
    },
  }
}
