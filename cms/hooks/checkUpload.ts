// Uploads are checked before Payload stores anything: the extension must be on the allowlist, the file's
// first bytes must match it (a renamed HTML page or script is refused), each file type has a size cap, and SVG,
// HTML and other active content are refused outright. Messages are for the editor who chose the file.
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

type FileType = { label: string; maxMb: number; mimeType: string; magic: (head: Buffer) => boolean }

const startsWith = (head: Buffer, ...bytes: number[]) => bytes.every((byte, i) => head[i] === byte)
const ascii = (head: Buffer, offset: number, text: string) =>
  head.subarray(offset, offset + text.length).toString('latin1') === text

const IMAGE = 10
const DOCUMENT = 30
const VIDEO = 50

const zip = (head: Buffer) => startsWith(head, 0x50, 0x4b, 0x03, 0x04)
/** Plain text: UTF-16 with its byte-order mark, or no NUL byte (UTF-8, GB18030). */
const text = (head: Buffer) =>
  startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff) || !head.includes(0)
export const UPLOAD_FILE_TYPES: Record<string, FileType> = {
  png: {
    label: 'PNG 图片',
    maxMb: IMAGE,
    mimeType: 'image/png',
    magic: (h) => startsWith(h, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  jpg: {
    label: 'JPEG 图片',
    maxMb: IMAGE,
    mimeType: 'image/jpeg',
    magic: (h) => startsWith(h, 0xff, 0xd8, 0xff),
  },
  jpeg: {
    label: 'JPEG 图片',
    maxMb: IMAGE,
    mimeType: 'image/jpeg',
    magic: (h) => startsWith(h, 0xff, 0xd8, 0xff),
  },
  gif: {
    label: 'GIF 图片',
    maxMb: IMAGE,
    mimeType: 'image/gif',
    magic: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a'),
  },
  webp: {
    label: 'WebP 图片',
    maxMb: IMAGE,
    mimeType: 'image/webp',
    magic: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP'),
  },
  pdf: {
    label: 'PDF 文档',
    maxMb: DOCUMENT,
    mimeType: 'application/pdf',
    magic: (h) => ascii(h, 0, '%PDF-'),
  },
  docx: {
    label: 'Word 文档',
    maxMb: DOCUMENT,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: zip,
  },
  xlsx: {
    label: 'Excel 表格',
    maxMb: DOCUMENT,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: zip,
  },
  txt: { label: '文本文件', maxMb: DOCUMENT, mimeType: 'text/plain', magic: text },
  csv: { label: 'CSV 表格', maxMb: DOCUMENT, mimeType: 'text/csv', magic: text },
  mp4: {
    label: 'MP4 视频',
    maxMb: VIDEO,
    mimeType: 'video/mp4',
    magic: (h) => ascii(h, 4, 'ftyp'),
  },
}

/** The MIME types Payload accepts for the media library: those of the file types above. */
export const UPLOAD_MIME_TYPES = [
  ...new Set(Object.values(UPLOAD_FILE_TYPES).map((fileType) => fileType.mimeType)),
]

/** Markup that a browser would run if it were served back: refused whatever the name says. */
const ACTIVE = /^\s*(<\?xml|<svg|<!doctype html|<html|<script|<body|<head|<iframe)/i

export function uploadProblem(filename: string, data: Buffer): string | null {
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  const allowed = Object.keys(UPLOAD_FILE_TYPES).join('、')
  if (
    extension === 'svg' ||
    extension === 'svgz' ||
    extension.startsWith('htm') ||
    extension === 'xhtml'
  ) {
    return `不允许上传 ${extension.toUpperCase()} 文件（可能包含脚本）。允许的类型：${allowed}`
  }
  const fileType = UPLOAD_FILE_TYPES[extension]
  if (!fileType) return `不允许上传 .${extension} 文件。允许的类型：${allowed}`
  const head = data.subarray(0, 64)
  if (ACTIVE.test(head.toString('latin1')))
    return `文件内容是网页或 SVG 标记，不是${fileType.label}，已拒绝`
  if (!fileType.magic(head)) return `文件内容与扩展名不符：“${filename}”不是有效的${fileType.label}`
  if (data.length > fileType.maxMb * 1024 * 1024)
    return `${fileType.label}不能超过 ${fileType.maxMb} MB（当前 ${(data.length / 1024 / 1024).toFixed(1)} MB）`
  return null
}

export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const problem = uploadProblem(file.name, file.data)
  if (problem)
    throw new ValidationError(
      { collection: 'media', errors: [{ path: 'file', message: problem }] },
      req.t,
    )
  return args
}
