// Security headers for the two public servers (等保 8.1.4 / seed 004 §3.4.5): the portal has a strict CSP
// with no inline script or style at all; the admin (Next.js) needs inline script and style, and nothing else.
import type { ServerResponse } from 'node:http'

const common = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

const csp = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

const BASE = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
}

export const PORTAL_HEADERS: Record<string, string> = {
  ...common,
  // Pagefind runs WebAssembly: 'wasm-unsafe-eval' allows compiling it and nothing else.
  'Content-Security-Policy': csp({
    ...BASE,
    'script-src': "'self' 'wasm-unsafe-eval'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
  }),
}

export const CMS_HEADERS: Record<string, string> = {
  ...common,
  'Content-Security-Policy': csp({
    ...BASE,
    'script-src': "'self' 'unsafe-inline'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
  }),
}

export function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}
