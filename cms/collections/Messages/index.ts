// 消息发送记录 (module 22's delivery log): every message the platform sends is first written here, in the
// transaction of the change that caused it (a transition, a reminder), and then delivered by the mailer
// (cms/lib/notify/mailer.ts) with retries. A message that cannot be delivered stays here as 发送失败 with
// the reason until the system admin sends it again: nothing is dropped.
import type { CollectionConfig } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { hasRole } from '../../access/roles.ts'
import { label, options } from '../../lib/label.ts'
import { retryMessageEndpoint } from './endpoints/retry.ts'
import { GROUPS } from '../groups.ts'

export const MESSAGE_STATUSES = options([
  ['queued', '待发送', 'Queued'],
  ['sent', '已发送', 'Sent'],
  ['failed', '发送失败（待处理）', 'Failed (needs attention)'],
])

const date = (name: string, zh: string, en: string) =>
  ({
    name,
    type: 'date',
    label: label(zh, en),
    admin: {
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' },
    },
  }) as const

export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: label('消息', 'Message'), plural: label('消息发送记录', 'Messages') },
  admin: {
    group: GROUPS.system,
    useAsTitle: 'subject',
    defaultColumns: [
      'subject',
      'recipient',
      'eventType',
      'status',
      'attempts',
      'sentAt',
      'lastError',
    ],
    description: label(
      '系统发出的通知（审核流转、催办等）。发送失败会自动重试；多次失败后标记为“发送失败”，排除故障后可重新发送。',
      'Notifications sent by the platform, retried automatically; failures stay here until sent again.',
    ),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  // Written only by the platform itself. The system admin runs delivery; staff see the messages sent to them.
  access: {
    read: ({ req: { user } }) =>
      hasRole(user, 'systemAdmin') ? true : user ? { recipient: { equals: user.id } } : false,
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  endpoints: [retryMessageEndpoint],
  fields: [
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'email',
      options: options([['email', '电子邮件', 'E-mail']]),
      label: label('渠道', 'Channel'),
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('收件人', 'Recipient'),
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('主题', 'Subject'),
    },
    { name: 'body', type: 'textarea', required: true, label: label('正文', 'Body') },
    { name: 'eventType', type: 'text', index: true, label: label('事件类型', 'Event type') },
    { name: 'ref', type: 'text', index: true, label: label('关联对象', 'Regarding') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: MESSAGE_STATUSES,
      label: label('状态', 'Status'),
    },
    {
      name: 'attempts',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: label('已尝试次数', 'Attempts'),
    },
    { ...date('nextAttemptAt', '下次尝试时间', 'Next attempt'), required: true, index: true },
    { name: 'lastError', type: 'textarea', label: label('最近一次错误', 'Last error') },
    date('sentAt', '发送时间', 'Sent at'),
    { name: 'messageId', type: 'text', label: label('邮件标识（Message-ID）', 'Message-ID') },
  ],
}
