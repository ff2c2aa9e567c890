// A file used by a draft being previewed (its images, video, attachments), passed through from the CMS,
// which checks the preview token and the previewer's access (GET /api/site-preview/:collection/:id/file/:name).
// Drafts' files are not public: they are never in the build's /media/, and this answer is never cached.
import type { APIRoute } from 'astro'
import { cmsUrl } from '../../../../../cms/client.ts'
import { SITE_PREVIEW_PATH } from '../../../../../../../contracts/siteData.ts'

export const prerender = false

const PASSED_ON = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-security-policy',
  'x-content-type-options',
]

export const GET: APIRoute = async ({ params, url }) => {
  const { collection = '', id = '' } = params
  // The file name exactly as the page linked it (still percent-encoded), handed on unchanged. The portal's
  // addresses end in a slash (trailingSlash: 'always'), file routes too.
  const path = url.pathname.replace(/\/$/, '')
  const name = path.slice(path.lastIndexOf('/') + 1)
  const token = url.searchParams.get('token') ?? ''
  const res = await fetch(
    `${cmsUrl()}${SITE_PREVIEW_PATH}/${encodeURIComponent(collection)}/${encodeURIComponent(id)}/file/${name}?token=${encodeURIComponent(token)}`,
  )
  const headers = new Headers({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' })
  for (const header of PASSED_ON) {
    const value = res.headers.get(header)
    if (value) headers.set(header, value)
  }
  // Read in full, not streamed on: a slow reader would leave undici's parser paused when the CMS closes the idle
  // socket, and Node's bundled undici then crashes the process (nodejs/undici#5360). Files are bounded by the
  // upload limits.
  return new Response(await res.arrayBuffer(), { status: res.status, headers })
}
