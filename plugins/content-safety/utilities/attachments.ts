// Attached files are checked like fields: the text of every document file a document uses (upload fields,
// rich-text uploads; read once and kept by cms/lib/media/text.ts) is checked with the field's findings,
// labelled with the file's name. A file whose text could not be read in full is itself a finding for the
// reviewer, who then opens the file.
import type { Field, PayloadRequest } from 'payload'
import { zhOf } from '../../../cms/lib/label.ts'
import { mediaReferences } from '../../../cms/lib/media/references.ts'
import { mediaTexts } from '../../../cms/lib/media/text.ts'
import type { Finding } from '../engine/index.ts'

/** One attached file's text, placed in the field that holds it; `note` says why it is incomplete. */
export type AttachmentText = {
  path: string
  label: string
  filename: string
  text: string
  note: string | null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The ids among `ids` that the person checking may read: an unsaved form can name any file, and a staff
 * member who may not see a draft's files must not learn their text from the check. Checks without a
 * person (the rescan of published content) read every file.
 */
async function readable(req: PayloadRequest, ids: string[]): Promise<string[]> {
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id))
  if (!req.user || !wanted.length) return wanted
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: wanted } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
    select: { filename: true },
  })
  return docs.map((doc) => String(doc.id))
}

export async function attachmentTexts(
  req: PayloadRequest,
  fields: Field[],
  data: Record<string, unknown>,
): Promise<AttachmentText[]> {
  const uses = mediaReferences(fields, data)
  if (!uses.length) return []
  const texts = await mediaTexts(
    req,
    await readable(
      req,
      uses.map((use) => use.id),
    ),
  )
  const seen = new Set<string>()
  return uses.flatMap((use) => {
    const file = texts.get(use.id)
    if (!file || seen.has(`${use.path}/${use.id}`)) return []
    seen.add(`${use.path}/${use.id}`)
    const fieldLabel = zhOf('label' in use.field ? use.field.label : undefined, use.path)
    return [
      {
        path: use.path,
        label: `${fieldLabel} › ${file.filename}`,
        filename: file.filename,
        text: file.text,
        note: file.note,
      },
    ]
  })
}

/** A file read only in part (or not at all): the reviewer must look at it (review level). */
export function unreadFinding(file: AttachmentText): Finding | null {
  if (!file.note) return null
  return {
    rule: 'attachment',
    level: 'review',
    word: file.filename,
    found: file.filename,
    category: '附件未完整检查',
    offset: 0,
    length: 0,
    text: file.note,
    message: `附件“${file.filename}”${file.note}：请打开文件人工核对其内容`,
  }
}
