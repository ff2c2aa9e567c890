// The reports of 内容巡检 (collection `safety-scans`): one per round, written only by the rounds (jobs/rescan.ts)
// and the request for one (endpoints/rescan.ts); read by whoever may read the dictionary.
import type { CollectionConfig, Field } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import type { ResolvedOptions } from '../types.ts'

export const SCANS = 'safety-scans'

const count = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'number',
  label: { zh, en },
  admin: { readOnly: true },
})

/** The round itself, in the sidebar: its state, why it ran, when, and against which dictionary. */
const roundFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'queued',
    label: { zh: '状态', en: 'Status' },
    admin: { readOnly: true, position: 'sidebar' },
    options: [
      { value: 'queued', label: { zh: '等待执行', en: 'Queued' } },
      { value: 'running', label: { zh: '正在检查', en: 'Running' } },
      { value: 'done', label: { zh: '已完成', en: 'Done' } },
      { value: 'failed', label: { zh: '失败', en: 'Failed' } },
    ],
  },
  {
    name: 'trigger',
    type: 'select',
    required: true,
    defaultValue: 'dictionary',
    label: { zh: '原因', en: 'Trigger' },
    admin: { readOnly: true, position: 'sidebar' },
    options: [
      { value: 'dictionary', label: { zh: '词库变更', en: 'Dictionary changed' } },
      { value: 'manual', label: { zh: '手动发起', en: 'Requested' } },
    ],
  },
  {
    name: 'requestedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { zh: '发起人', en: 'Requested by' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.requestedBy),
    },
  },
  {
    name: 'startedAt',
    type: 'date',
    label: { zh: '开始时间', en: 'Started' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' },
    },
  },
  {
    name: 'finishedAt',
    type: 'date',
    label: { zh: '完成时间', en: 'Finished' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' },
    },
  },
  {
    name: 'dictionaryVersion',
    type: 'text',
    label: { zh: '词库版本', en: 'Dictionary version' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: { zh: '词条数:最后修改时间', en: 'entries:last change' },
    },
  },
]

/** What the round found: the counts, an error, and the findings (shown by ScanFindings). */
const resultFields: Field[] = [
  {
    type: 'row',
    fields: [
      count('documents', '检查文档数', 'Documents'),
      count('total', '问题总数', 'Findings'),
      count('newFindings', '新增问题', 'New findings'),
      count('blockCount', '禁止级', 'Block'),
      count('reviewCount', '审核级', 'Review'),
      count('noticeCount', '提示级', 'Notice'),
    ],
  },
  {
    name: 'error',
    type: 'text',
    label: { zh: '错误', en: 'Error' },
    admin: { readOnly: true, condition: (data) => Boolean(data?.error) },
  },
  { name: 'findings', type: 'json', admin: { hidden: true } },
  { name: 'keys', type: 'json', hidden: true },
  {
    name: 'report',
    type: 'ui',
    label: { zh: '发现的问题', en: 'Findings' },
    admin: {
      components: {
        Field: '/../plugins/content-safety/components/ScanFindings.tsx#ScanFindings',
      },
    },
  },
]

const title = () =>
  `内容巡检 ${formatBeijingTime(new Date(), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}（北京时间）`

export function scansCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: SCANS,
    labels: {
      singular: { zh: '巡检报告', en: 'Rescan report' },
      plural: { zh: '内容巡检', en: 'Content rescans' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'trigger',
        'status',
        'documents',
        'total',
        'newFindings',
        'blockCount',
        'reviewCount',
      ],
      description: {
        zh: '词库变更后，系统用新词库重新检查全部已发布内容，报告新发现的问题；新增“禁止”“审核”级别的问题会通知相关人员。也可以点击“立即巡检”。',
        en: 'Published content checked again after each dictionary change.',
      },
      components: { beforeList: ['/../plugins/content-safety/components/RescanNow.tsx#RescanNow'] },
    },
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    hooks: {
      beforeChange: [
        ({ data, operation }) => {
          if (operation === 'create') data.title = title()
          return data
        },
      ],
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { zh: '巡检', en: 'Rescan' },
        admin: { readOnly: true, hidden: true },
      },
      ...roundFields,
      ...resultFields,
    ],
  }
}
