// One media file of a draft being previewed, read with the previewer's access and only when the draft uses
// it: the preview page shows a draft's images and attachments before they are public.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { PayloadRequest } from 'payload'
import { problem } from '../../../lib/http/problem.ts'
import { previewMedia, readPreviewDraft } from './draft.ts'

/** What a browser may do with a served file: nothing active (as Payload's own file route). */
const FILE_POLICY =
  "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"

export async function previewFileHandler(req: PayloadRequest): Promise<Response> {
  const filename = String(req.routeParams?.filename ?? '')
  const draft = await readPreviewDraft(req)
  if (draft instanceof Response) return draft
  const [media] = await previewMedia(req, draft, { filename: { equals: filename } })
  if (!media?.filename) return problem(404, 'not_found', '这份草稿没有使用该文件，或您无权查看')
  const upload = req.payload.collections.media.config.upload
  const dir = path.resolve(
    typeof upload === 'object' && upload.staticDir ? upload.staticDir : 'media',
  )
  const file = path.join(dir, path.basename(media.filename))
  const stats = await stat(file).catch(() => null)
  if (!stats?.isFile()) return problem(404, 'file_missing', '文件在存储中不存在，请重新上传')
  const inline = /^(image|video)\//.test(media.mimeType ?? '')
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': media.mimeType ?? 'application/octet-stream',
      'Content-Length': String(stats.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(media.filename)}`,
      'Content-Security-Policy': FILE_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  })
}
