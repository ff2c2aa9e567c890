// Media files referenced by content: served by the portal under /media/, copied from the CMS at build time.
import { link, mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cmsUrl, loadAll, memo } from './client.ts'
import type { PreviewMedia } from '../../../contracts/siteData.ts'
import type { Media } from './types.ts'

export const mediaById = () =>
  memo(
    'media:byId',
    async () => new Map((await loadAll<Media>('media')).map((media) => [media.id, media])),
  )

export const mediaUrl = (media: Pick<Media, 'filename'>) =>
  `/media/${encodeURIComponent(media.filename ?? '')}`

/**
 * Where a page finds its media files: the published ones copied into the build (`/media/`), or, on a draft
 * preview, the draft's own files, which are not public yet and come through the preview's token-checked route.
 */
export type MediaFiles = {
  byId: Map<string, PreviewMedia>
  url: (media: Pick<Media, 'filename'>) => string
}

export const publicMediaFiles = async (): Promise<MediaFiles> => ({
  byId: await mediaById(),
  url: mediaUrl,
})

/**
 * Puts every public media file (those published content uses; the CMS lists no other) into `<outDir>/media/`: hard-linked from the live build when it has the same file
 * (HAIQIAO_PREVIOUS_CLIENT, set by the publisher), downloaded from the CMS otherwise. Returns how many were downloaded.
 */
export async function copyMedia(outDir: string): Promise<number> {
  const dir = path.join(outDir, 'media')
  const previous = process.env.HAIQIAO_PREVIOUS_CLIENT
    ? path.join(process.env.HAIQIAO_PREVIOUS_CLIENT, 'media')
    : undefined
  await mkdir(dir, { recursive: true })
  let downloaded = 0
  for (const media of await loadAll<Media>('media')) {
    if (!media.filename) continue
    const name = path.basename(media.filename)
    const kept = previous && (await stat(path.join(previous, name)).catch(() => undefined))
    if (kept && kept.size === media.filesize) {
      await link(path.join(previous, name), path.join(dir, name))
      continue
    }
    const res = await fetch(`${cmsUrl()}/api/media/file/${encodeURIComponent(media.filename)}`)
    if (!res.ok) throw new Error(`下载媒体文件失败：${media.filename} → HTTP ${res.status}`)
    await writeFile(path.join(dir, name), Buffer.from(await res.arrayBuffer()))
    downloaded++
  }
  return downloaded
}
