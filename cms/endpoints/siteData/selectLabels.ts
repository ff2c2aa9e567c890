// The Chinese labels of every select field of the portal's collections, so the site shows 红色 rather than `red`.
import type { FlattenedField, Payload } from 'payload'

export type SelectLabels = Record<string, Record<string, Record<string, string>>>

const zh = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : typeof label === 'object' && label && 'zh' in label ? String((label as { zh: string }).zh) : fallback

function collect(fields: FlattenedField[], prefix: string, into: Record<string, Record<string, string>>): void {
  for (const field of fields) {
    const name = prefix + field.name
    if (field.type === 'select') {
      into[name] = Object.fromEntries(field.options.map((option) =>
        typeof option === 'string' ? [option, option] : [option.value, zh(option.label, option.value)]))
    } else if ('flattenedFields' in field && field.flattenedFields) {
      collect(field.flattenedFields, `${name}.`, into)
    }
  }
}

export function selectLabels(payload: Payload, slugs: string[]): SelectLabels {
  const labels: SelectLabels = {}
  for (const slug of slugs) {
    const config = payload.collections[slug as keyof typeof payload.collections]?.config
    if (!config) continue
    collect(config.flattenedFields, '', (labels[slug] = {}))
  }
  return labels
}
