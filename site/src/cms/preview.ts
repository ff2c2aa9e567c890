// The draft behind a preview link, from the CMS (GET /api/site-preview/:collection/:id?token=…), at request time.
import { errorMessage } from '../../../contracts/errors.ts'
import { SITE_PREVIEW_PATH, type SitePreview } from '../../../contracts/siteData.ts'
import { cleanJson } from '../../../contracts/text/index.ts'
import { cmsUrl } from './client.ts'
import type { MediaFiles } from './media.ts'

export type PreviewResult<T> = { doc: T; files: MediaFiles } | { status: number; error: string }

export async function fetchPreview<T>(
  collection: string,
  id: string,
  token: string | null,
): Promise<PreviewResult<T>> {
  if (!token) return { status: 401, error: '缺少预览凭证，请从管理后台的“预览”按钮打开。' }
  const res = await fetch(
    `${cmsUrl()}${SITE_PREVIEW_PATH}/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`,
  )
  if (res.ok) {
    const { doc, media } = cleanJson((await res.json()) as SitePreview<T>)
    const base = `/preview/${encodeURIComponent(collection)}/${encodeURIComponent(id)}/file/`
    const url = (file: { filename?: string | null }) =>
      `${base}${encodeURIComponent(file.filename ?? '')}/?token=${encodeURIComponent(token)}`
    return { doc, files: { byId: new Map(media.map((file) => [file.id, file])), url } }
  }
  return {
    status: res.status,
    error:
      errorMessage(await res.json().catch(() => null)) ?? `预览暂时不可用（HTTP ${res.status}）`,
  }
}
