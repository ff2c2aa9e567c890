// 定时发布: a publishing or unpublishing transition, checked when scheduled and applied by the scheduler
// (jobs/runDueSchedules.ts) at its time.
import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import { documentFields } from '../fields/documentFields.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { SCHEDULES } from './slugs.ts'

const statusField: Field = {
  name: 'status',
  type: 'select',
  required: true,
  index: true,
  defaultValue: 'pending',
  options: [
    { value: 'pending', label: { zh: '等待执行', en: 'Pending' } },
    { value: 'done', label: { zh: '已执行', en: 'Done' } },
    { value: 'failed', label: { zh: '未能执行', en: 'Failed' } },
    { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
  ],
  label: { zh: '状态', en: 'Status' },
}

/** The step to take, when, on whose behalf, at which version of the document; then its outcome. */
const scheduleFields = (usersSlug: string): Field[] => [
  { name: 'transition', type: 'text', required: true, label: { zh: '流转', en: 'Transition' } },
  { name: 'transitionLabel', type: 'text', label: { zh: '操作', en: 'Action' } },
  {
    name: 'at',
    type: 'date',
    required: true,
    index: true,
    label: { zh: '执行时间', en: 'Due at' },
    admin: { date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'actor',
    type: 'relationship',
    relationTo: usersSlug as CollectionSlug,
    required: true,
    label: { zh: '安排人', en: 'Scheduled by' },
  },
  { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
  {
    name: 'version',
    type: 'text',
    required: true,
    label: { zh: '安排时的版本', en: 'Version when scheduled' },
  },
  statusField,
  { name: 'result', type: 'text', label: { zh: '结果', en: 'Result' } },
]

export function schedulesCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: SCHEDULES,
    labels: {
      singular: { zh: '定时任务', en: 'Scheduled transition' },
      plural: { zh: '定时发布', en: 'Scheduled transitions' },
    },
    admin: {
      group: options.group,
      defaultColumns: ['documentTitle', 'transitionLabel', 'at', 'status', 'actor'],
      useAsTitle: 'documentTitle',
    },
    defaultSort: 'at',
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    lockDocuments: false,
    fields: [...documentFields, ...scheduleFields(options.usersSlug)],
  }
}
