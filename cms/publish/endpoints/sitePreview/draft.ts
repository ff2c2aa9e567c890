// The draft behind a preview token (lib/preview.ts): the token must be genuine, unexpired and for this
// document, made in a login session that is still open, and the person it was issued to must still exist and be allowed to read the draft — the read
// runs with their access. Shared by the preview data and the preview's files.
import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { Media, User } from '../../../../payload-types.ts'
import { query } from '../../../lib/db/sql.ts'
import { problem } from '../../../lib/http/problem.ts'
import { mediaReferences } from '../../../lib/media/references.ts'
import { PREVIEWABLE, readPreviewToken } from '../../../lib/preview.ts'
import { SITE_DATA_COLLECTIONS } from '../siteData/index.ts'

export type PreviewDraft = {
  collection: CollectionSlug
  doc: Record<string, unknown>
  user: User & { collection: 'users' }
}

/** The draft, or the answer to give instead (401/403/404 with a Chinese message). */
export async function readPreviewDraft(req: PayloadRequest): Promise<PreviewDraft | Response> {
  const collection = String(req.routeParams?.collection ?? '')
  const id = String(req.routeParams?.id ?? '')
  if (!(PREVIEWABLE as readonly string[]).includes(collection))
    return problem(404, 'not_previewable', `“${collection}”没有门户预览页面`)
  const token = req.searchParams.get('token')
  if (!token) return problem(401, 'no_token', '缺少预览凭证（token），请从管理后台打开预览')
  const claims = readPreviewToken(token)
  if (typeof claims === 'string') return problem(403, 'invalid_token', claims)
  if (claims.collection !== collection || claims.id !== id)
    return problem(403, 'invalid_token', '预览凭证与文档不符')
  const open =
    typeof claims.sid === 'string' &&
    (
      await query(
        req,
        sql`SELECT 1 FROM users_sessions WHERE _parent_id = ${claims.userId} AND id = ${claims.sid} AND expires_at > now()`,
      )
    ).length > 0
  if (!open)
    return problem(
      403,
      'invalid_token',
      '预览链接已失效（签发它的登录会话已结束），请在管理后台重新打开预览',
    )
  const found = await req.payload.findByID({
    collection: 'users',
    id: claims.userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!found) return problem(403, 'invalid_token', '签发预览链接的账号已不存在')
  const user = { ...found, collection: 'users' as const }
  // The same projection as the published data the portal is built from.
  const exclude = SITE_DATA_COLLECTIONS[collection as 'articles'] ?? {}
  const doc = await req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
    ...(Object.keys(exclude).length ? { select: exclude } : {}),
  })
  if (!doc) return problem(404, 'not_found', '文档不存在、已移入垃圾箱，或您无权查看')
  return {
    collection: collection as CollectionSlug,
    doc: doc as unknown as Record<string, unknown>,
    user,
  }
}

/** The media files the draft uses that its previewer may read (drafts' files are not public yet), by `where`. */
export async function previewMedia(
  req: PayloadRequest,
  draft: PreviewDraft,
  where?: Where,
): Promise<Media[]> {
  const fields = req.payload.collections[draft.collection]!.config.fields
  const ids = [...new Set(mediaReferences(fields, draft.doc).map((use) => use.id))]
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, ...(where ? [where] : [])] },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: draft.user,
    req,
  })
  return docs
}
