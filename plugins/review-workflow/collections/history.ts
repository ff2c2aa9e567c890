// 流转记录: the per-document history of transitions, written only by the plugin and never changed.
import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import { documentFields } from '../fields/documentFields.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { HISTORY, WORKFLOWS } from './slugs.ts'

/** One step: which transition, from and to which state, by whom, with what comment, at which version. */
const entryFields = (usersSlug: string): Field[] => [
  {
    name: 'workflow',
    type: 'relationship',
    relationTo: WORKFLOWS as CollectionSlug,
    label: { zh: '流程', en: 'Workflow' },
  },
  { name: 'transition', type: 'text', required: true, label: { zh: '流转', en: 'Transition' } },
  { name: 'transitionLabel', type: 'text', label: { zh: '操作', en: 'Action' } },
  { name: 'from', type: 'text', label: { zh: '原状态', en: 'From' } },
  { name: 'to', type: 'text', required: true, label: { zh: '新状态', en: 'To' } },
  { name: 'toLabel', type: 'text', label: { zh: '新状态名称', en: 'To (label)' } },
  {
    name: 'actor',
    type: 'relationship',
    relationTo: usersSlug as CollectionSlug,
    label: { zh: '操作人', en: 'Actor' },
  },
  { name: 'actorRoles', type: 'text', label: { zh: '操作人角色', en: 'Actor roles' } },
  { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
  { name: 'version', type: 'text', label: { zh: '流转后版本', en: 'Version after' } },
  // On a reminder (催办): the due time it was sent for, so each due time is reminded once.
  {
    name: 'dueAt',
    type: 'date',
    index: true,
    label: { zh: '催办的办理时限', en: 'Reminded due time' },
    admin: { date: { pickerAppearance: 'dayAndTime' } },
  },
]

export function historyCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: HISTORY,
    labels: {
      singular: { zh: '流转记录', en: 'Workflow history entry' },
      plural: { zh: '流转记录', en: 'Workflow history' },
    },
    admin: {
      group: options.group,
      defaultColumns: [
        'documentTitle',
        'collectionSlug',
        'transitionLabel',
        'toLabel',
        'actor',
        'createdAt',
      ],
      useAsTitle: 'documentTitle',
    },
    defaultSort: '-createdAt',
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    lockDocuments: false,
    fields: [...documentFields, ...entryFields(options.usersSlug)],
  }
}
