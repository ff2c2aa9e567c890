// 标签: tags with a status; disabled tags stay on old content but cannot be chosen for new content.
import type { CollectionConfig } from 'payload'
import { anyone, contentWriter, publisher } from '../../access/content.ts'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { label, options } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: label('标签', 'Tag'), plural: label('标签', 'Tags') },
  admin: { group: GROUPS.content, useAsTitle: 'name', defaultColumns: ['name', 'group', 'status'] },
  access: {
    read: anyone,
    create: contentWriter,
    update: contentWriter,
    delete: publisher,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 40,
      label: label('标签名称', 'Name'),
    },
    { name: 'group', type: 'text', label: label('标签分组', 'Group') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'enabled',
      label: label('状态', 'Status'),
      options: options([
        ['enabled', '启用', 'Enabled'],
        ['disabled', '停用', 'Disabled'],
      ]),
    },
  ],
}
