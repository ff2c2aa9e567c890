// What every public form (consultations now; accounts, demands, bookings, registrations later) sends and gets
// back across the portal/CMS boundary. The portal's server forwards a visitor's post as JSON in a signed service
// request (contracts/serviceRequest.ts) to POST /api/<form collection>; the CMS limits posts per visitor
// address, drops posts that filled the hidden field, checks the fields and stores.

import type { ErrorBody } from '../errors.ts'

/** The field hidden from people (a trap for simple bots): a post with it filled is accepted and dropped. */
export const HONEYPOT_FIELD = 'website'

/** Posts per visitor address and form: at most `points` in a window of `windowSeconds` from the first. */
export const PUBLIC_FORM_LIMIT = { points: 20, windowSeconds: 10 * 60 } as const

/** 201: stored, `id` is the new record; 202: dropped (the hidden field was filled), `id` is null. */
export type SubmissionAccepted = { id: string | null }

/** 400 (with the first problem of each field), 401, 429 (with Retry-After) or 503: what to tell the visitor. */
export type SubmissionRefused = ErrorBody
