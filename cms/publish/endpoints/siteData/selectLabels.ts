// The Chinese labels of every select field of the portal's collections, so the site shows 红色 rather than `red`.
import type { FlattenedField, Payload } from 'payload'
import type { SelectLabels } from '../../../../contracts/siteData.ts'
import { zhOf } from '../../../lib/label.ts'

function collect(
  fields: FlattenedField[],
  prefix: string,
  into: Record<string, Record<string, string>>,
): void {
  for (const field of fields) {
    const name = prefix + field.name
    if (field.type === 'select') {
      into[name] = Object.fromEntries(
        field.options.map((option) =>
          typeof option === 'string'
            ? [option, option]
            : [option.value, zhOf(option.label, option.value)],
        ),
      )
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
