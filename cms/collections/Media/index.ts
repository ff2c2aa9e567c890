// 媒体库: images, documents and videos used by content; every upload passes checkUpload (allowlist, magic
// bytes, size caps, no SVG/HTML). A file is public only while a published document uses it (isPublic,
// kept by lib/media/publications.ts); until then only content staff, the draft preview and the checks read it.
import path from 'node:path'
import type { CollectionConfig, FieldAccess } from 'payload'
import { contentWriter, publicMediaOrContentStaff, publisher } from '../../access/content.ts'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { label } from '../../lib/label.ts'
import { checkUpload, UPLOAD_MIME_TYPES } from '../../hooks/checkUpload.ts'
import { GROUPS } from '../groups.ts'
import { extractUploadText } from './hooks/extractUploadText.ts'
import { keepPublicFlag } from './hooks/keepPublicFlag.ts'

/** Fields the system keeps: nobody writes them through the API. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('媒体文件', 'Media'), plural: label('媒体库', 'Media') },
  admin: {
    group: GROUPS.content,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'isPublic'],
  },
  access: {
    read: publicMediaOrContentStaff,
    create: contentWriter,
    update: contentWriter,
    delete: publisher,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  hooks: { beforeOperation: [checkUpload], afterChange: [extractUploadText, keepPublicFlag] },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), '.data/media'),
    mimeTypes: UPLOAD_MIME_TYPES,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: label('替代文本（无障碍）', 'Alternative text'),
    },
    { name: 'caption', type: 'text', label: label('说明', 'Caption') },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: systemOnly,
      label: label('已公开', 'Public'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label(
          '已发布的内容使用此文件时自动公开；只被草稿使用的文件不对外提供。',
          'Public while published content uses it; files used only by drafts are not served.',
        ),
      },
    },
    {
      name: 'extractionNote',
      type: 'text',
      access: systemOnly,
      label: label('文字读取说明', 'Text extraction'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.extractionNote),
      },
    },
    // The document's text as read at upload, for the content check (hidden from every API).
    { name: 'extractedText', type: 'textarea', hidden: true, access: systemOnly },
  ],
}
