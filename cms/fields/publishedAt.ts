// Publish date shown on the portal; defaults to the moment the document is first saved.
import type { DateField } from 'payload'
import { label } from '../lib/label.ts'

export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: label('发布日期', 'Publish date'),
  defaultValue: () => new Date().toISOString(),
  // A copy is a new document: it gets its own date.
  hooks: { beforeDuplicate: [() => new Date().toISOString()] },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
  },
})
