// 审计归档: months of the audit log older than the retention period, moved out of the database into signed
// archive files (cms/lib/audit/archive.ts). Each row records the archived range of the chain, the file's
// SM3 digest and an SM2 signature over both, so the chain stays verifiable across the archived part.
// Append-only like the log; written only by the archive job.
import type { CollectionConfig } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { hasRole } from '../../access/roles.ts'
import { label } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'

export const AuditArchives: CollectionConfig = {
  slug: 'audit-archives',
  labels: {
    singular: label('审计归档', 'Audit archive'),
    plural: label('审计归档', 'Audit archives'),
  },
  admin: {
    group: GROUPS.system,
    useAsTitle: 'period',
    defaultColumns: ['period', 'records', 'firstSeq', 'lastSeq', 'file', 'archivedAt'],
  },
  defaultSort: '-lastSeq',
  lockDocuments: false,
  access: {
    read: ({ req: { user } }) => hasRole(user, 'auditAdmin'),
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  fields: [
    { name: 'period', type: 'text', required: true, unique: true, label: label('月份', 'Month') },
    { name: 'records', type: 'number', required: true, label: label('记录数', 'Records') },
    { name: 'firstSeq', type: 'number', label: label('起始序号', 'First sequence') },
    { name: 'lastSeq', type: 'number', index: true, label: label('结束序号', 'Last sequence') },
    {
      name: 'firstPrevHash',
      type: 'text',
      label: label('起始前一记录哈希', 'Hash before the first record'),
    },
    {
      name: 'lastHash',
      type: 'text',
      label: label('末条记录哈希（HMAC-SM3）', 'Hash of the last record (HMAC-SM3)'),
    },
    { name: 'file', type: 'text', label: label('归档文件', 'Archive file') },
    { name: 'fileSm3', type: 'text', label: label('归档文件 SM3', 'Archive file SM3') },
    {
      name: 'archivedAt',
      type: 'date',
      required: true,
      label: label('归档时间', 'Archived at'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'signature',
      type: 'textarea',
      required: true,
      label: label('SM2 签名（DER）', 'SM2 signature (DER)'),
    },
    { name: 'publicKey', type: 'text', required: true, label: label('签名公钥', 'Public key') },
    { name: 'userId', type: 'text', required: true, label: label('签名者标识', 'Signer id') },
    { name: 'keyVersion', type: 'number', required: true, label: label('密钥版本', 'Key version') },
  ],
}
