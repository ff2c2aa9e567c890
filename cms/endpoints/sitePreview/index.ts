// GET /api/site-preview/:collection/:id?token=… — the latest draft of one document for the portal's preview
// page, in the same shape as /api/site-data (relations as ids, rich text as HTML). The token (lib/preview.ts)
// must be genuine, unexpired and for this document, made in a login session that is still open, and the
// person it was issued to must still exist and be allowed to read the draft: the read runs with their access.
import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'
import { query } from '../../lib/db/sql.ts'
import { problem } from '../../lib/http/problem.ts'
import { PREVIEWABLE, readPreviewToken } from '../../lib/preview.ts'
import { richTextToHtml } from '../siteData/richTextToHtml.ts'
import { SITE_DATA_COLLECTIONS } from '../siteData/index.ts'

async function handler(req: PayloadRequest): Promise<Response> {
  const collection = String(req.routeParams?.collection ?? '')
  const id = String(req.routeParams?.id ?? '')
  if (!(PREVIEWABLE as readonly string[]).includes(collection)) return problem(404, 'not_previewable', `“${collection}”没有门户预览页面`)
  const token = req.searchParams.get('token')
  if (!token) return problem(401, 'no_token', '缺少预览凭证（token），请从管理后台打开预览')
  const claims = readPreviewToken(token)
  if (typeof claims === 'string') return problem(403, 'invalid_token', claims)
  if (claims.collection !== collection || claims.id !== id) return problem(403, 'invalid_token', '预览凭证与文档不符')
  const open = typeof claims.sid === 'string' && (await query(req, sql`SELECT 1 FROM users_sessions WHERE _parent_id = ${claims.userId} AND id = ${claims.sid} AND expires_at > now()`)).length > 0
  if (!open) return problem(403, 'invalid_token', '预览链接已失效（签发它的登录会话已结束），请在管理后台重新打开预览')
  const user = await req.payload.findByID({ collection: 'users', id: claims.userId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!user) return problem(403, 'invalid_token', '签发预览链接的账号已不存在')
  // The same projection as the published data the portal is built from.
  const exclude = SITE_DATA_COLLECTIONS[collection as 'articles'] ?? {}
  const doc = await req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    disableErrors: true,
    ...(Object.keys(exclude).length ? { select: exclude } : {}),
  })
  if (!doc) return problem(404, 'not_found', '文档不存在、已移入垃圾箱，或您无权查看')
  return Response.json(richTextToHtml(doc), { headers: { 'Cache-Control': 'no-store' } })
}

export const sitePreviewEndpoint: Endpoint = { path: '/site-preview/:collection/:id', method: 'get', handler }
