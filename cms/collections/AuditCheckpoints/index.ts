// 审计检查点: the audit chain's tail, periodically signed with the platform's SM2 key (cms/lib/audit/checkpoint.ts),
// so that cutting records off the end of the chain is detected too. Append-only like the audit log.
import type { CollectionConfig } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { hasRole } from '../../access/roles.ts'
import { label } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'

export const AuditCheckpoints: CollectionConfig = {
  slug: 'audit-checkpoints',
  labels: {
    singular: label('审计检查点', 'Audit checkpoint'),
    plural: label('审计检查点', 'Audit checkpoints'),
  },
  admin: {
    group: GROUPS.system,
    useAsTitle: 'seq',
    defaultColumns: ['seq', 'at', 'keyVersion', 'hash'],
  },
  defaultSort: '-seq',
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
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      label: label('链尾序号', 'Chain tail sequence'),
    },
    {
      name: 'hash',
      type: 'text',
      required: true,
      label: label('链尾哈希（HMAC-SM3）', 'Chain tail hash (HMAC-SM3)'),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: label('签名时间', 'Signed at'),
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
