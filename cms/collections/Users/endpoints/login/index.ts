// Staff login in up to three steps, each a POST under /api/users:
//   /login            e-mail + password            → { next: 'mfa' | 'enroll', challenge }  (passwordStep.ts)
//   /login/verify     challenge + TOTP or recovery → session, or { next: 'password' }      (mfaStep.ts)
//   /login/password   challenge + new password     → session                               (newPasswordStep.ts)
// Failures answer one generic message; five in a row lock the account for 30 minutes, and each client IP
// has its own budget (failure.ts). Payload's own /login is replaced (its hashing is not 国密) and its local
// operation refused.
import type { Endpoint } from 'payload'
import { mfaStep } from './mfaStep.ts'
import { newPasswordStep } from './newPasswordStep.ts'
import { passwordStep } from './passwordStep.ts'

export const loginEndpoints: Endpoint[] = [passwordStep, mfaStep, newPasswordStep]
