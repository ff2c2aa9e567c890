// Applies the text rule (contracts/text) to a document's data, field by field: one-line fields (text, e-mail,
// select, radio) have their line breaks joined; multi-line fields (textarea, code) keep them; rich text and
// JSON have every string inside cleaned; groups, tabs, arrays and blocks are followed to their own fields.
import type { FlattenedBlock, FlattenedField } from 'payload'
import { cleanJson, cleanText } from '../../../contracts/text/index.ts'

type Data = Record<string, unknown>

const ONE_LINE = new Set(['text', 'email', 'select', 'radio'])
const MULTI_LINE = new Set(['textarea', 'code'])
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A one-line or multi-line value: a string, a hasMany list, or per-locale values. */
function cleanValue(value: unknown, lines: 'keep' | 'join'): unknown {
  if (typeof value === 'string') return cleanText(value, { lines })
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? cleanText(item, { lines }) : item))
  return isData(value) ? cleanJson(value) : value
}

function cleanRows(rows: unknown, fieldsOf: (row: Data) => FlattenedField[] | undefined): unknown {
  if (!Array.isArray(rows)) return rows
  return rows.map((row) => {
    if (!isData(row)) return row
    const fields = fieldsOf(row)
    return fields ? cleanFields(fields, row) : cleanJson(row)
  })
}

const blockOf = (
  field: FlattenedField & { type: 'blocks' },
  slug: unknown,
): FlattenedBlock | undefined =>
  [...field.blocks, ...(field.blockReferences ?? [])].find(
    (block): block is FlattenedBlock => typeof block === 'object' && block.slug === slug,
  )

/** `data` (a document or part of one, as sent for a save) with the text of every field in `fields` cleaned. */
export function cleanFields(fields: FlattenedField[], data: Data): Data {
  const out: Data = { ...data }
  for (const field of fields) {
    if (!(field.name in out) || out[field.name] === null || out[field.name] === undefined) continue
    const value = out[field.name]
    if (ONE_LINE.has(field.type)) out[field.name] = cleanValue(value, 'join')
    else if (MULTI_LINE.has(field.type)) out[field.name] = cleanValue(value, 'keep')
    else if (field.type === 'richText' || field.type === 'json') out[field.name] = cleanJson(value)
    else if (field.type === 'group' || field.type === 'tab')
      out[field.name] = isData(value) ? cleanFields(field.flattenedFields, value) : value
    else if (field.type === 'array') out[field.name] = cleanRows(value, () => field.flattenedFields)
    else if (field.type === 'blocks')
      out[field.name] = cleanRows(value, (row) => blockOf(field, row.blockType)?.flattenedFields)
  }
  return out
}
