// Per-IP throttling of failed staff logins (and setup-code guesses), counted in PostgreSQL so every CMS server
// shares one budget per client address (cms/lib/http/rateLimit.ts). Account lockout (per account, in the
// database) is the durable control; this one slows down spraying across accounts.
import type { Payload } from 'payload'
import { hitLimit, peekLimit, type Limit } from '../http/rateLimit.ts'
import { IDENTITY_POLICY } from './policy.ts'

const LIMIT: Limit = {
  points: IDENTITY_POLICY.ipMaxFailures,
  windowSeconds: IDENTITY_POLICY.ipWindowMinutes * 60,
}
const keyOf = (ip: string) => `login-ip:${ip}`

/** Whether the client address has used up its failures for the current window. */
export const ipThrottled = async (payload: Payload, ip: string): Promise<boolean> =>
  !(await peekLimit(payload, keyOf(ip), LIMIT)).allowed

/** Counts one failed attempt from the client address. */
export const recordIpFailure = async (payload: Payload, ip: string): Promise<void> => {
  await hitLimit(payload, keyOf(ip), LIMIT)
}
