// The document a history entry or a schedule belongs to.
import type { Field } from 'payload'

export const documentFields: Field[] = [
  {
    name: 'collectionSlug',
    type: 'text',
    required: true,
    index: true,
    label: { zh: '内容类型', en: 'Collection' },
  },
  {
    name: 'documentId',
    type: 'text',
    required: true,
    index: true,
    label: { zh: '文档', en: 'Document' },
  },
  { name: 'documentTitle', type: 'text', label: { zh: '标题', en: 'Title' } },
]
