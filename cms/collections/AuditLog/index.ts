// 审计日志: append-only, HMAC-SM3-chained record of security-relevant events (cms/lib/audit). Only the audit admin
// reads it; nobody writes it through the API, and a database trigger refuses UPDATE, DELETE and TRUNCATE.
import type { CollectionConfig, Field } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { hasRole } from '../../access/roles.ts'
import { label } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { exportEndpoint } from './endpoints/export.ts'

const text = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'text',
  label: label(zh, en),
})

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('审计记录', 'Audit record'), plural: label('审计日志', 'Audit log') },
  admin: {
    group: GROUPS.system,
    useAsTitle: 'event',
    defaultColumns: ['seq', 'at', 'event', 'actorId', 'objectType', 'objectId', 'result', 'ip'],
    listSearchableFields: ['event', 'actorId', 'objectType', 'objectId', 'ip'],
  },
  defaultSort: '-seq',
  lockDocuments: false,
  endpoints: [exportEndpoint],
  access: {
    read: ({ req: { user } }) => hasRole(user, 'auditAdmin'),
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  fields: [
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: label('序号', 'Sequence'),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('时间', 'Time'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { ...text('event', '事件', 'Event'), index: true } as Field,
    text('result', '结果', 'Result'),
    text('actorId', '操作人', 'Actor'),
    text('actorRoles', '操作人角色', 'Actor roles'),
    text('sessionId', '会话', 'Session'),
    text('ip', '来源 IP', 'Source IP'),
    text('userAgent', '客户端', 'User agent'),
    text('objectType', '对象类型', 'Object type'),
    text('objectId', '对象', 'Object id'),
    text('reason', '原因', 'Reason'),
    text('requestId', '请求编号', 'Request id'),
    text('beforeDigest', '变更前摘要（SM3）', 'Digest before'),
    text('afterDigest', '变更后摘要（SM3）', 'Digest after'),
    text('prevHash', '前一记录哈希', 'Previous hash'),
    text('hash', '本记录哈希（HMAC-SM3）', 'Hash (HMAC-SM3)'),
  ],
}
