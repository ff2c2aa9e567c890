// 审核流程: the workflow definitions, edited in the admin UI — states, and the transitions between them.
import type { CollectionConfig, Field } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import { validateDefinition } from '../hooks/validateDefinition.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { statesField } from './workflowStates.ts'
import { transitionsField } from './workflowTransitions.ts'
import { WORKFLOWS } from './slugs.ts'

const nameFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    required: true,
    unique: true,
    maxLength: 60,
    label: { zh: '名称', en: 'Name' },
  },
  {
    name: 'description',
    type: 'textarea',
    maxLength: 500,
    label: { zh: '说明', en: 'Description' },
  },
]

/** Which governed collections use the workflow, labelled as the admin shows them. */
const collectionsField = (
  options: ResolvedOptions,
  collectionLabels: Record<string, string>,
): Field => ({
  name: 'collections',
  type: 'select',
  hasMany: true,
  options: options.collections.map((slug) => ({
    value: slug,
    label: collectionLabels[slug] ?? slug,
  })),
  label: { zh: '适用内容', en: 'Applies to' },
  admin: {
    description: {
      zh: '每类内容只能使用一个流程。',
      en: 'A collection uses at most one workflow.',
    },
  },
})

export function workflowsCollection(
  options: ResolvedOptions,
  collectionLabels: Record<string, string>,
): CollectionConfig {
  return {
    slug: WORKFLOWS,
    labels: {
      singular: { zh: '审核流程', en: 'Workflow' },
      plural: { zh: '审核流程', en: 'Workflows' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'name',
      defaultColumns: ['name', 'collections', 'updatedAt'],
      description: {
        zh: '文档从草稿到发布经过的状态和流转。发布只能通过流程中到达“已发布”状态的流转完成。',
        en: 'States and transitions a document passes from draft to published.',
      },
    },
    access: {
      read: options.read,
      create: options.manage,
      update: options.manage,
      delete: options.manage,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    hooks: { beforeChange: [validateDefinition(options)] },
    fields: [
      ...nameFields,
      collectionsField(options, collectionLabels),
      statesField,
      transitionsField(options),
    ],
  }
}
