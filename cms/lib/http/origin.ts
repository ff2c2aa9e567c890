// Cross-site request check for our own state-changing endpoints that do not ride on Payload's cookie check
// (login steps, setup): a browser request must come from an origin in the CMS's csrf list (its own URL
// and any configured ones). Requests without Origin (non-browser clients) are not browser CSRF.
import type { PayloadHandler } from 'payload'
import { problem } from './problem.ts'

export const sameOriginOnly =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    const origin = req.headers.get('origin')
    if (origin && !req.payload.config.csrf.includes(origin)) {
      return problem(403, 'foreign_origin', `来源 ${origin} 不被允许：请从管理平台自己的地址访问`)
    }
    return handler(req)
  }
