// URL segment field: lower-case latin letters, digits and hyphens, unique per collection.
import type { TextField } from 'payload'
import { label } from '../lib/label.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('URL 标识', 'Slug'),
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      '小写字母、数字和连字符，用于门户网址',
      'Lower-case letters, digits and hyphens',
    ),
  },
  validate: (value: string | null | undefined) =>
    !value || SLUG.test(value)
      ? true
      : 'URL 标识只能包含小写字母、数字和连字符（如 belt-and-road）',
})
