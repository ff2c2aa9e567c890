// The texts of a document that the check reads: text, textarea and rich text that people write, also inside
// groups, arrays, blocks, tabs, rows and collapsibles; each with its field's path (as the admin form names
// it, e.g. `sections.0.body`) and its label (e.g. `正文 › 段落 1 › 内容`).
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Field } from 'payload'
import { fieldLabel } from '../../../cms/lib/label.ts'
import { isLexical } from '../../../cms/lib/lexical.ts'

export type FieldText = { path: string; label: string; text: string }
type Data = Record<string, unknown> | undefined

/** Plain text of a Lexical rich-text value (Payload's converter: blocks separated by blank lines). */
const plainText = (value: unknown): string =>
  isLexical(value) ? convertLexicalToPlaintext({ data: value }) : ''

/**
 * The fields whose text is checked: text, textarea and rich text that people write — not the slug, and not a
 * read-only field the system fills in (the workflow's state, what the check itself wrote on a submission).
 */
export function isCheckedText(field: Field): boolean {
  if (field.type !== 'text' && field.type !== 'textarea' && field.type !== 'richText') return false
  return field.name !== 'slug' && !field.admin?.readOnly
}

const isHidden = (field: Field) =>
  ('hidden' in field && Boolean(field.hidden)) ||
  Boolean(field.admin && 'hidden' in field.admin && field.admin.hidden)

/** The texts of a named field holding other fields: a group, each row of an array, each block. */
function nestedTexts(
  field: Field & { name: string },
  value: unknown,
  path: string,
  labels: string[],
): FieldText[] {
  const rows = (items: unknown[], fieldsOf: (row: unknown) => Field[] | undefined) =>
    items.flatMap((row, i) => {
      const fields = fieldsOf(row)
      const rowLabels = [...labels, `${fieldLabel(field)} ${i + 1}`]
      return fields ? textsOf(fields, row as Data, `${path}.${i}.`, rowLabels) : []
    })
  if (field.type === 'group')
    return textsOf(field.fields, value as Data, `${path}.`, [...labels, fieldLabel(field)])
  if (field.type === 'array' && Array.isArray(value)) return rows(value, () => field.fields)
  if (field.type === 'blocks' && Array.isArray(value))
    return rows(
      value,
      (row) =>
        field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)?.fields,
    )
  return []
}

/** The texts of one field of `data` (under `prefix`, labelled after `labels`). */
function fieldTexts(field: Field, data: Record<string, unknown>, prefix: string, labels: string[]) {
  if (field.type === 'tabs')
    return field.tabs.flatMap((tab) =>
      'name' in tab && tab.name
        ? textsOf(tab.fields, data[tab.name] as Data, `${prefix}${tab.name}.`, [
            ...labels,
            fieldLabel(tab as never),
          ])
        : textsOf(tab.fields, data, prefix, labels),
    )
  if (field.type === 'row' || field.type === 'collapsible')
    return textsOf(field.fields, data, prefix, labels)
  if (!('name' in field)) return []
  const value = data[field.name]
  const path = `${prefix}${field.name}`
  if (!isCheckedText(field)) return nestedTexts(field, value, path, labels)
  const text = field.type === 'richText' ? plainText(value) : typeof value === 'string' ? value : ''
  return text ? [{ path, label: [...labels, fieldLabel(field)].join(' › '), text }] : []
}

/** Every text of the document, with the field's path (as the admin form names it) and label. */
export function textsOf(
  fields: Field[],
  data: Data,
  prefix = '',
  labels: string[] = [],
): FieldText[] {
  if (!data) return []
  return fields.flatMap((field) => (isHidden(field) ? [] : fieldTexts(field, data, prefix, labels)))
}
