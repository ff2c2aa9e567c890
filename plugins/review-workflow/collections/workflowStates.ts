// The states of a workflow: a key, a label, and its stage in a document's life
// (draft, in review, published, withdrawn), which decides what entering it does.
import type { Field } from 'payload'
import { keyField } from '../fields/keyField.ts'

const STAGE_OPTIONS = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
  { value: 'review', label: { zh: '审核中', en: 'In review' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
  { value: 'unpublished', label: { zh: '已撤销', en: 'Unpublished' } },
]

export const statesField: Field = {
  name: 'states',
  type: 'array',
  required: true,
  minRows: 2,
  label: { zh: '状态', en: 'States' },
  labels: { singular: { zh: '状态', en: 'State' }, plural: { zh: '状态', en: 'States' } },
  admin: {
    description: {
      zh: '第一个状态是新文档的初始状态。',
      en: 'The first state is where new documents start.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        keyField,
        { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' } },
        {
          name: 'stage',
          type: 'select',
          required: true,
          defaultValue: 'review',
          options: STAGE_OPTIONS,
          label: { zh: '阶段', en: 'Stage' },
        },
      ],
    },
  ],
}
