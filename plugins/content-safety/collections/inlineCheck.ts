// The check inline while editing, in the collections the plugin checks: findings under every checked text
// field (afterInput, FieldFindings) and the panel that runs the check (SafetyPanel), in the sidebar.
import type { CollectionConfig, Field } from 'payload'
import { isCheckedText } from '../utilities/fieldTexts.ts'

/** Admin components, as paths relative to the admin's import-map base directory (cms/). */
const COMPONENTS = '/../plugins/content-safety/components'

/** Findings under every text field (afterInput), and the panel that runs the check, in the sidebar. */
export function withInlineCheck(collection: CollectionConfig): CollectionConfig {
  const annotate = (fields: Field[]): Field[] =>
    fields.map((field): Field => {
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
        if (!isCheckedText(field)) return field
        const admin = (field.admin ?? {}) as {
          components?: { afterInput?: unknown[] } & Record<string, unknown>
        }
        // Added to what the field already shows after its input (e.g. the personal-data reveal button).
        const afterInput = [
          ...(admin.components?.afterInput ?? []),
          `${COMPONENTS}/FieldFindings.tsx#FieldFindings`,
        ]
        return {
          ...field,
          admin: { ...admin, components: { ...admin.components, afterInput } },
        } as Field
      }
      if (
        field.type === 'group' ||
        field.type === 'array' ||
        field.type === 'row' ||
        field.type === 'collapsible'
      )
        return { ...field, fields: annotate(field.fields) } as Field
      if (field.type === 'tabs')
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: annotate(tab.fields) })),
        }
      return field
    })
  const panel: Field = {
    name: 'contentSafetyPanel',
    type: 'ui',
    label: { zh: '内容检查', en: 'Content check' },
    admin: {
      position: 'sidebar',
      components: { Field: `${COMPONENTS}/SafetyPanel.tsx#SafetyPanel` },
    },
  }
  return { ...collection, fields: [...annotate(collection.fields), panel] }
}
