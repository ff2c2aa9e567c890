// The transitions of a workflow: which step leads from where to where, who may take it, on what terms, and
// what follows it (notifications, a due time).
import type { CollectionSlug, Field } from 'payload'
import { keyField } from '../fields/keyField.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'

const stepFields: Field[] = [
  {
    type: 'row',
    fields: [
      keyField,
      {
        name: 'label',
        type: 'text',
        required: true,
        label: { zh: '按钮名称', en: 'Button label' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'from',
        type: 'text',
        hasMany: true,
        required: true,
        label: { zh: '从状态（标识）', en: 'From states (keys)' },
      },
      {
        name: 'to',
        type: 'text',
        required: true,
        label: { zh: '到状态（标识）', en: 'To state (key)' },
      },
    ],
  },
]

/** Who may take the step: by role, or by name. */
const actorFields = (options: ResolvedOptions): Field[] => [
  {
    name: 'roles',
    type: 'select',
    hasMany: true,
    options: Object.entries(options.roles).map(([value, label]) => ({ value, label })),
    label: { zh: '可执行的角色', en: 'Roles allowed' },
  },
  {
    name: 'users',
    type: 'relationship',
    relationTo: options.usersSlug as CollectionSlug,
    hasMany: true,
    label: { zh: '可执行的人员', en: 'Users allowed' },
  },
]

const conditionsField: Field = {
  name: 'conditions',
  type: 'array',
  label: { zh: '条件（全部满足时才可执行）', en: 'Conditions (all must hold)' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'text', required: true, label: { zh: '字段', en: 'Field' } },
        {
          name: 'operator',
          type: 'select',
          required: true,
          defaultValue: 'equals',
          options: [
            { value: 'equals', label: { zh: '等于', en: 'equals' } },
            { value: 'notEquals', label: { zh: '不等于', en: 'does not equal' } },
          ],
          label: { zh: '比较', en: 'Operator' },
        },
        { name: 'value', type: 'text', required: true, label: { zh: '值', en: 'Value' } },
      ],
    },
  ],
}

/** The terms of the step: a comment, separate reviewers (三审分人), conditions on the document. */
const termFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'commentRequired',
        type: 'checkbox',
        label: { zh: '必须填写意见', en: 'Comment required' },
      },
      {
        name: 'distinctReviewer',
        type: 'checkbox',
        label: {
          zh: '三审分人：本轮已参与审核的人员不能执行',
          en: 'Separate reviewers: not by anyone who already acted in this round',
        },
      },
    ],
  },
  conditionsField,
]

/** What follows the step: who is told, and when the next step is due. */
const followUpFields: Field[] = [
  {
    name: 'notify',
    type: 'select',
    hasMany: true,
    options: [
      { value: 'author', label: { zh: '作者', en: 'Author' } },
      { value: 'assignees', label: { zh: '处理人', en: 'Assignees' } },
      { value: 'nextReviewers', label: { zh: '下一步的审核人', en: 'Next reviewers' } },
    ],
    label: { zh: '通知', en: 'Notify' },
  },
  {
    name: 'dueHours',
    type: 'number',
    min: 1,
    max: 24 * 90,
    label: { zh: '办理时限（小时）', en: 'Due within (hours)' },
  },
]

export const transitionsField = (options: ResolvedOptions): Field => ({
  name: 'transitions',
  type: 'array',
  label: { zh: '流转', en: 'Transitions' },
  labels: {
    singular: { zh: '流转', en: 'Transition' },
    plural: { zh: '流转', en: 'Transitions' },
  },
  fields: [...stepFields, ...actorFields(options), ...termFields, ...followUpFields],
})
