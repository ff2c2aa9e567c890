// 栏目: the portal's navigation tree; articles are filed under a column.
import type { CollectionConfig } from 'payload'
import { anyone, contentWriter, publisher } from '../../access/content.ts'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { label } from '../../lib/label.ts'
import { slugField } from '../../fields/slug.ts'
import { GROUPS } from '../groups.ts'
import { setColumnPath } from './hooks/setColumnPath.ts'
import { requestSiteBuildAfterChange, requestSiteBuildAfterDelete } from '../../publish/index.ts'

export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: label('栏目', 'Column'), plural: label('栏目', 'Columns') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', 'parent', 'order'],
  },
  access: {
    read: anyone,
    create: contentWriter,
    update: contentWriter,
    delete: publisher,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 60,
      label: label('栏目名称', 'Name'),
    },
    slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'columns',
      index: true,
      label: label('上级栏目', 'Parent column'),
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      label: label('栏目路径', 'Path'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('由上级栏目自动生成', 'Derived from the parents'),
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: label('排序', 'Order'),
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', label: label('栏目说明', 'Description') },
    {
      name: 'showInNav',
      type: 'checkbox',
      defaultValue: true,
      label: label('在导航中显示', 'Show in navigation'),
    },
  ],
  hooks: {
    beforeChange: [setColumnPath],
    afterChange: [requestSiteBuildAfterChange],
    afterDelete: [requestSiteBuildAfterDelete],
  },
}
