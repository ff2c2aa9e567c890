// Which media files a document uses: upload and relationship fields that point at the media library
// (single, hasMany, polymorphic), also inside groups, arrays, blocks, tabs and rows, and upload or
// relationship nodes in rich text. One walker, shared by the publication index and the content check.
import type { Field } from 'payload'
import { isLexical } from '../lexical.ts'

export const MEDIA = 'media'

/** One use of a media file: its id and the path of the field that holds it (`attachments`, `body`). */
export type MediaReference = { id: string; path: string; field: Field }

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

const pointsAtMedia = (relationTo: string | string[]) =>
  Array.isArray(relationTo) ? relationTo.includes(MEDIA) : relationTo === MEDIA

/** The media ids of a relationship value: one, many, or polymorphic `{ relationTo, value }`. */
function relationIds(relationTo: string | string[], value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return values.flatMap((item) => {
    if (Array.isArray(relationTo)) {
      const typed = item as { relationTo?: string; value?: unknown } | null
      return typed?.relationTo === MEDIA ? [idOf(typed.value)].filter((id) => id !== undefined) : []
    }
    return [idOf(item)].filter((id) => id !== undefined)
  })
}

/** Media ids in upload and relationship nodes of a Lexical value, in document order. */
export function richTextMediaIds(value: unknown): string[] {
  if (!isLexical(value)) return []
  const out: string[] = []
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const typed = node as {
      type?: string
      relationTo?: string
      value?: unknown
      children?: unknown[]
    }
    if ((typed.type === 'upload' || typed.type === 'relationship') && typed.relationTo === MEDIA) {
      const id = idOf(typed.value)
      if (id) out.push(id)
    }
    if (Array.isArray(typed.children)) typed.children.forEach(visit)
  }
  visit(value.root)
  return out
}

/** Every use of a media file in `data`, described by `fields`. */
export function mediaReferences(
  fields: Field[],
  data: Record<string, unknown> | null | undefined,
  prefix = '',
): MediaReference[] {
  if (!data) return []
  const out: MediaReference[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        out.push(
          ...('name' in tab && tab.name
            ? mediaReferences(
                tab.fields,
                data[tab.name] as Record<string, unknown>,
                `${prefix}${tab.name}.`,
              )
            : mediaReferences(tab.fields, data, prefix)),
        )
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...mediaReferences(field.fields, data, prefix))
      continue
    }
    if (!('name' in field)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (
      (field.type === 'upload' || field.type === 'relationship') &&
      pointsAtMedia(field.relationTo)
    ) {
      out.push(...relationIds(field.relationTo, value).map((id) => ({ id, path, field })))
    } else if (field.type === 'richText') {
      out.push(...richTextMediaIds(value).map((id) => ({ id, path, field })))
    } else if (field.type === 'group') {
      out.push(...mediaReferences(field.fields, value as Record<string, unknown>, `${path}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) =>
        out.push(...mediaReferences(field.fields, row as Record<string, unknown>, `${path}.${i}.`)),
      )
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
        if (block)
          out.push(
            ...mediaReferences(block.fields, row as Record<string, unknown>, `${path}.${i}.`),
          )
      })
    }
  }
  return out
}

/** Can a document described by `fields` use a media file at all (for the config check in the tests)? */
export function canReferenceMedia(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'tabs') return field.tabs.some((tab) => canReferenceMedia(tab.fields))
    if (field.type === 'upload' || field.type === 'relationship')
      return pointsAtMedia(field.relationTo)
    if (field.type === 'richText') return true
    if (field.type === 'blocks')
      return field.blocks.some((block) => canReferenceMedia(block.fields))
    return 'fields' in field && Array.isArray(field.fields)
      ? canReferenceMedia(field.fields)
      : false
  })
}

/** A Payload `select` shape: `true` for a field read whole, an object for the parts of a group or array. */
export type FieldSelect = { [name: string]: true | FieldSelect }

/**
 * The fields of `fields` that can hold a media use, as a `select` for reading only them. Reading no more
 * than this keeps the publication index working on a database whose other columns a later migration has
 * renamed (the index is rebuilt by a migration, with today's config, at that migration's point in history).
 */
export function mediaSelect(fields: Field[]): FieldSelect {
  const out: FieldSelect = {}
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = mediaSelect(tab.fields)
        if ('name' in tab && tab.name) {
          if (Object.keys(inner).length) out[tab.name] = inner
        } else Object.assign(out, inner)
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, mediaSelect(field.fields))
    } else if (!('name' in field)) {
      continue
    } else if (field.type === 'group' || field.type === 'array') {
      const inner = mediaSelect(field.fields)
      if (Object.keys(inner).length) out[field.name] = inner
    } else if (canReferenceMedia([field])) {
      out[field.name] = true
    }
  }
  return out
}
