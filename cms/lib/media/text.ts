// The text of media files for checks: read once — at upload (Media/hooks/extractUploadText.ts), or on
// first use for files uploaded before text was kept — and from then on taken from the media row.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { query, updateColumns } from '../db/sql.ts'
import { EXTRACTION_LIMITS, extractText, hasText, type Extracted } from '../extract/index.ts'

export type MediaText = Extracted & { id: string; filename: string }

type Row = {
  id: string
  filename: string | null
  extracted_text: string | null
  extraction_note: string | null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads a file kept before text was extracted at upload, and stores what it gives. */
async function extractNow(
  req: PayloadRequest,
  row: Row & { filename: string },
): Promise<Extracted> {
  const upload = req.payload.collections.media.config.upload
  const dir = path.resolve(
    typeof upload === 'object' && upload.staticDir ? upload.staticDir : 'media',
  )
  const file = path.join(dir, path.basename(row.filename))
  const size = (await stat(file).catch(() => null))?.size
  const extracted: Extracted =
    size === undefined
      ? { text: '', note: '文件在存储中不存在，未能读取文字' }
      : size > EXTRACTION_LIMITS.maxBytes
        ? { text: '', note: `文件超过 ${EXTRACTION_LIMITS.maxBytes / 1024 / 1024} MB，未读取文字` }
        : ((await extractText(row.filename, await readFile(file))) ?? { text: '', note: null })
  await updateColumns(req, 'media', row.id, {
    extracted_text: extracted.text,
    extraction_note: extracted.note,
  })
  return extracted
}

/** The text of each document file (pdf, docx, xlsx, txt, csv) among the given media ids; images and video are left out. */
export async function mediaTexts(
  req: PayloadRequest,
  ids: string[],
): Promise<Map<string, MediaText>> {
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id))
  const out = new Map<string, MediaText>()
  if (!wanted.length) return out
  const rows = await query<Row>(
    req,
    sql`SELECT id, filename, extracted_text, extraction_note FROM media WHERE id IN (${sql.join(
      wanted.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  )
  for (const row of rows) {
    if (!row.filename || !hasText(row.filename)) continue
    const extracted =
      row.extracted_text === null
        ? await extractNow(req, { ...row, filename: row.filename })
        : { text: row.extracted_text, note: row.extraction_note }
    out.set(String(row.id), { id: String(row.id), filename: row.filename, ...extracted })
  }
  return out
}
