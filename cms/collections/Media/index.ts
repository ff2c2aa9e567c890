// 媒体库: images, documents and videos used by content; every upload passes checkUpload (allowlist, magic
// bytes, size caps, no SVG/HTML).
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, contentWriter, publisher } from '../../access/content.ts'
import { NOT_AN_ACCOUNT, nobody } from '../../access/nobody.ts'
import { label } from '../../fields/label.ts'
import { checkUpload } from '../../hooks/checkUpload.ts'
import { GROUPS } from '../groups.ts'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('媒体文件', 'Media'), plural: label('媒体库', 'Media') },
  admin: { group: GROUPS.content, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: anyone, create: contentWriter, update: contentWriter, delete: publisher, readVersions: nobody, ...NOT_AN_ACCOUNT },
  hooks: { beforeOperation: [checkUpload] },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), '.data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf', 'video/mp4',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, label: label('替代文本（无障碍）', 'Alternative text') },
    { name: 'caption', type: 'text', label: label('说明', 'Caption') },
  ],
}
