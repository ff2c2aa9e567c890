// Relationship fields that many collections share.
import type { RelationshipField } from 'payload'
import { label } from '../lib/label.ts'

export const countriesField = (): RelationshipField => ({
  name: 'countries',
  type: 'relationship',
  relationTo: 'countries',
  hasMany: true,
  index: true,
  label: label('相关国家/地区', 'Countries'),
})

export const tagsField = (): RelationshipField => ({
  name: 'tags',
  type: 'relationship',
  relationTo: 'tags',
  hasMany: true,
  label: label('标签', 'Tags'),
  filterOptions: { status: { equals: 'enabled' } },
})

export const topicsField = (): RelationshipField => ({
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: label('专题', 'Topics'),
})
