// GET /api/site-preview/:collection/:id?token=… — the latest draft of one document for the portal's preview
// page, in the same shape as /api/site-data (relations as ids, rich text as HTML), with the media files it
// uses (the token checks: draft.ts): a draft's files are not public, so the preview page links them through the token-checked file route
// below instead of the portal's /media/.
import type { Endpoint, PayloadRequest } from 'payload'
import type { SitePreview } from '../../../../contracts/siteData.ts'
import { richTextToHtml } from '../siteData/richTextToHtml.ts'
import { previewMedia, readPreviewDraft } from './draft.ts'
import { previewFileHandler } from './file.ts'

async function handler(req: PayloadRequest): Promise<Response> {
  const draft = await readPreviewDraft(req)
  if (draft instanceof Response) return draft
  const media = (await previewMedia(req, draft)).map(
    ({ id, filename, alt, mimeType, filesize }) => ({ id, filename, alt, mimeType, filesize }),
  )
  return Response.json({ doc: richTextToHtml(draft.doc), media } satisfies SitePreview<unknown>, {
    headers: { 'Cache-Control': 'no-store' },
  })
}

export const sitePreviewEndpoint: Endpoint = {
  path: '/site-preview/:collection/:id',
  method: 'get',
  handler,
}

/** GET /api/site-preview/:collection/:id/file/:filename?token=… — one file the draft uses, for its previewer. */
export const sitePreviewFileEndpoint: Endpoint = {
  path: '/site-preview/:collection/:id/file/:filename',
  method: 'get',
  handler: previewFileHandler,
}
