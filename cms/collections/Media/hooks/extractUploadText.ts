// When a file is uploaded (or replaced), its text is read once (lib/extract) and kept on the media row for
// the content check; the check reads it from there instead of opening the file again.
import type { CollectionAfterChangeHook } from 'payload'
import { updateColumns } from '../../../lib/db/sql.ts'
import { extractText } from '../../../lib/extract/index.ts'

export const extractUploadText: CollectionAfterChangeHook = async ({ doc, req }) => {
  const file = req.file
  if (!file?.data?.length) return doc
  const extracted = await extractText(file.name, file.data)
  await updateColumns(req, 'media', String(doc.id), {
    extracted_text: extracted?.text ?? null,
    extraction_note: extracted?.note ?? null,
  })
  return { ...doc, extractionNote: extracted?.note ?? null }
}
