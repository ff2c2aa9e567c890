// Media files referenced by content: served by the portal under /media/, copied from the CMS at build time.
import { mkdir, writeFile, access } from 'node:fs/promises'
import path from 'node:path'
import { cmsUrl, loadAll } from './client.ts'
import type { Media } from './types.ts'

export async function mediaById(): Promise<Map<string, Media>> {
  return new Map((await loadAll<Media>('media')).map((media) => [media.id, media]))
}

export const mediaUrl = (media: Pick<Media, 'filename'>) => `/media/${encodeURIComponent(media.filename ?? '')}`

/** Copies every media file into `<outDir>/media/`, skipping files already there (kept from the previous build). */
export async function copyMedia(outDir: string): Promise<number> {
  const dir = path.join(outDir, 'media')
  await mkdir(dir, { recursive: true })
  let copied = 0
  for (const media of await loadAll<Media>('media')) {
    if (!media.filename) continue
    const target = path.join(dir, path.basename(media.filename))
    if (await access(target).then(() => true, () => false)) continue
    const res = await fetch(`${cmsUrl()}/api/media/file/${encodeURIComponent(media.filename)}`)
    if (!res.ok) throw new Error(`下载媒体文件失败：${media.filename} → HTTP ${res.status}`)
    await writeFile(target, Buffer.from(await res.arrayBuffer()))
    copied++
  }
  return copied
}
