// What a `where` or `sort` path points at, so each operator and value can be checked against the column
// it will reach: a path is followed through groups, arrays, named tabs and single-collection relations
// (`author.name`), and through a versions query's `version.` prefix.
import type { FlattenedField, Payload } from 'payload'

/**
 * `uuid`: an id, relationship or upload; `text`, `number`, `date`, `boolean`, `select` (with `options`),
 * `point`; `document`: rich text or JSON; `nested`: an array, group or blocks field named as a whole;
 * `unknown`: a path we cannot follow here (left to Payload's own path check).
 */
export type FieldKind =
  | {
      kind:
        | 'uuid'
        | 'text'
        | 'number'
        | 'date'
        | 'boolean'
        | 'point'
        | 'document'
        | 'nested'
        | 'unknown'
    }
  | { kind: 'select'; options: string[] }

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
/** Columns of a versions table beside `version.*`. */
const VERSION_COLUMNS: Record<string, FieldKind> = {
  parent: { kind: 'uuid' },
  latest: { kind: 'boolean' },
  autosave: { kind: 'boolean' },
  snapshot: { kind: 'boolean' },
  createdAt: { kind: 'date' },
  updatedAt: { kind: 'date' },
}

const optionValues = (options: readonly (string | { value: string })[]) =>
  options.map((option) => (typeof option === 'string' ? option : option.value))

function leafKind(field: FlattenedField): FieldKind {
  if (TEXT_TYPES.has(field.type)) return { kind: 'text' }
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return { kind: 'uuid' }
    case 'number':
      return { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'point':
      return { kind: 'point' }
    case 'select':
    case 'radio':
      return { kind: 'select', options: optionValues(field.options) }
    case 'richText':
    case 'json':
      return { kind: 'document' }
    case 'array':
    case 'group':
    case 'blocks':
    case 'tab':
      return { kind: 'nested' }
    default:
      return { kind: 'unknown' }
  }
}

/** The fields one step below `field` on a path, or undefined when the path cannot be followed further here. */
function childFields(payload: Payload, field: FlattenedField): FlattenedField[] | undefined {
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
    return field.flattenedFields
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    return Object.hasOwn(payload.collections, field.relationTo)
      ? payload.collections[field.relationTo]!.config.flattenedFields
      : undefined
  }
  return undefined
}

/** The kind of the column a dotted path reaches in a collection's fields (or its versions table). */
export function fieldKind(
  payload: Payload,
  fields: FlattenedField[],
  segments: string[],
  versions = true,
): FieldKind {
  const [head, ...rest] = segments
  if (head === undefined) return { kind: 'unknown' }
  const field = fields.find((each) => 'name' in each && each.name === head)
  if (!field) {
    if (head === 'id' && rest.length === 0) return { kind: 'uuid' }
    if (versions && head === 'version' && rest.length)
      return fieldKind(payload, fields, rest, false)
    if (versions && rest.length === 0 && Object.hasOwn(VERSION_COLUMNS, head))
      return VERSION_COLUMNS[head]!
    return { kind: 'unknown' }
  }
  if (rest.length === 0) return leafKind(field)
  if (field.type === 'richText' || field.type === 'json') return { kind: 'unknown' }
  const children = childFields(payload, field)
  return children ? fieldKind(payload, children, rest, false) : { kind: 'unknown' }
}
