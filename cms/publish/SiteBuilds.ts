// 站点发布记录: each portal build the publisher ran, so editors see when their change went live or why not.
import type { CollectionConfig } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../lib/access.ts'
import { hasRole } from '../access/roles.ts'
import { label, options } from '../lib/label.ts'
import { GROUPS } from '../collections/groups.ts'

export const SITE_BUILD_STATUSES = options([
  ['queued', '排队中', 'Queued'],
  ['running', '构建中', 'Building'],
  ['succeeded', '已上线', 'Live'],
  ['failed', '失败（仍为上一版本）', 'Failed (previous site kept)'],
])

const date = (name: string, zh: string, en: string) =>
  ({
    name,
    type: 'date',
    label: label(zh, en),
    admin: { date: { pickerAppearance: 'dayAndTime' } },
  }) as const

export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: label('站点发布记录', 'Site build'),
    plural: label('站点发布记录', 'Site builds'),
  },
  admin: {
    group: GROUPS.system,
    defaultColumns: ['requestedAt', 'reasons', 'status', 'buildId', 'mode', 'buildMs', 'error'],
    useAsTitle: 'requestedAt',
    description: label(
      '发布或撤销内容后，门户会自动重新构建并整体切换；构建失败时继续提供上一版本。',
      'Publishing queues a portal rebuild; a failed build keeps the previous site.',
    ),
  },
  defaultSort: '-requestedAt',
  // Written only by the CMS itself (overrideAccess); staff who publish may read it; the system admin may
  // clear old failures (successful records expire after 90 days, cms/publish/queue.ts).
  access: {
    read: ({ req: { user } }) => hasRole(user, 'editor', 'reviewer', 'systemAdmin'),
    create: nobody,
    update: nobody,
    delete: ({ req: { user } }) => hasRole(user, 'systemAdmin'),
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: SITE_BUILD_STATUSES,
      label: label('状态', 'Status'),
    },
    { ...date('requestedAt', '最近请求时间', 'Last requested'), required: true },
    {
      name: 'reasons',
      type: 'array',
      label: label('触发原因', 'Triggered by'),
      fields: [
        { name: 'reason', type: 'text', label: label('原因', 'Reason') },
        { name: 'collection', type: 'text', label: label('集合', 'Collection') },
        { name: 'docId', type: 'text', label: label('文档', 'Document') },
      ],
    },
    { name: 'buildId', type: 'text', index: true, label: label('构建编号', 'Build id') },
    {
      name: 'mode',
      type: 'select',
      options: options([
        ['full', '全量', 'Full'],
        ['partial', '增量', 'Partial'],
      ]),
      label: label('构建方式', 'Mode'),
    },
    date('startedAt', '开始时间', 'Started'),
    date('finishedAt', '完成时间', 'Finished'),
    { name: 'pages', type: 'number', label: label('页面数', 'Pages') },
    { name: 'buildMs', type: 'number', label: label('构建耗时（毫秒）', 'Build time (ms)') },
    { name: 'indexMs', type: 'number', label: label('索引耗时（毫秒）', 'Index time (ms)') },
    { name: 'error', type: 'textarea', label: label('失败原因', 'Error') },
  ],
}
