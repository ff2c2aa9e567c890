// Preview links (预览): a draft rendered by the portal with its own layout before it is published. The admin
// hands a staff member a link to the portal's on-demand preview page carrying a short-lived token, signed
// with HMAC-SM3 and bound to the document, the person and their login session; the portal exchanges it with
// the CMS for the draft (GET /api/site-preview/…), which checks the token, that the session is still open
// (a link stops working at logout or a password change) and that person's read access again.
import type { GeneratePreviewURL } from 'payload'
import { getCrypto } from './crypto/index.ts'

/** Collections the portal has a preview page for (site/src/pages/preview/[collection]/[id].astro). */
export const PREVIEWABLE = [
  'articles',
  'risk-alerts',
  'trainings',
  'projects',
  'service-guides',
  'providers',
  'finance-products',
  'topics',
] as const

/** `sid`: the login session the link was made in; `expires`: milliseconds since the epoch. */
export type PreviewClaims = {
  collection: string
  id: string
  userId: string
  sid: string
  expires: number
}

const TTL_MINUTES = 30
const DOMAIN = 'haiqiao-preview|'
const encode = (claims: PreviewClaims) => Buffer.from(JSON.stringify(claims)).toString('base64url')

export function previewToken(claims: Omit<PreviewClaims, 'expires'>, now = Date.now()): string {
  const body = encode({ ...claims, expires: now + TTL_MINUTES * 60_000 })
  return `${body}.${getCrypto().integrityTag(Buffer.from(DOMAIN + body))}`
}

/** The claims of a genuine, unexpired token, or a Chinese reason why not. */
export function readPreviewToken(token: string, now = Date.now()): PreviewClaims | string {
  const [body, tag] = token.split('.', 2)
  if (!body || !tag || !getCrypto().verifyIntegrityTag(Buffer.from(DOMAIN + body), tag))
    return '预览链接无效'
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaims
  if (claims.expires < now)
    return `预览链接已过期（有效期 ${TTL_MINUTES} 分钟），请在管理后台重新打开预览`
  return claims
}

/** The portal's public address, where its preview pages are. */
export const siteUrl = () => (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '')

/** `admin.preview` of a collection the portal can preview, at /preview/<collection>/<id>/ on the portal. */
export const portalPreview =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) => {
    const sid = (req.user as { _sid?: string } | null)?._sid
    if (!req.user || !sid || !doc?.id) return null
    const token = previewToken({ collection, id: String(doc.id), userId: String(req.user.id), sid })
    return `${siteUrl()}/preview/${collection}/${String(doc.id)}/?token=${token}`
  }
