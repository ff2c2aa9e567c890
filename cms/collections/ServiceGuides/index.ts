// 我要办事: a "走出去一件事" matter as ordered steps with materials, time limits and online entries.
import type { CollectionConfig } from 'payload'
import { label } from '../../lib/label.ts'
import { slugField } from '../../fields/slug.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

const url = (value: string | null | undefined) =>
  !value || /^https?:\/\/\S+$/.test(value) ? true : '请输入以 http:// 或 https:// 开头的完整网址'

export const ServiceGuides: CollectionConfig = publishable({
  slug: 'service-guides',
  labels: {
    singular: label('办事指南', 'Service guide'),
    plural: label('我要办事', 'Service guides'),
  },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'matterCode', '_status'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('事项名称', 'Matter'),
    },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'matterCode', type: 'text', label: label('事项编码', 'Matter code') },
        {
          name: 'department',
          type: 'text',
          required: true,
          label: label('责任部门', 'Responsible department'),
        },
        { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('事项说明', 'Summary') },
    {
      name: 'onlineEntryUrl',
      type: 'text',
      label: label('在线办理入口', 'Online entry'),
      validate: url,
    },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media',
      label: label('操作视频', 'How-to video'),
    },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('办理步骤', 'Steps'),
      labels: { singular: label('步骤', 'Step'), plural: label('步骤', 'Steps') },
      fields: [
        { name: 'title', type: 'text', required: true, label: label('步骤名称', 'Step') },
        { name: 'description', type: 'textarea', label: label('办理说明', 'Description') },
        { name: 'materials', type: 'textarea', label: label('所需材料', 'Materials') },
        {
          type: 'row',
          fields: [
            { name: 'department', type: 'text', label: label('办理部门', 'Department') },
            { name: 'timeLimit', type: 'text', label: label('办理时限', 'Time limit') },
            {
              name: 'entryUrl',
              type: 'text',
              label: label('办理入口', 'Entry link'),
              validate: url,
            },
          ],
        },
      ],
    },
    {
      name: 'faq',
      type: 'array',
      label: label('常见问题', 'FAQ'),
      fields: [
        { name: 'question', type: 'text', required: true, label: label('问题', 'Question') },
        { name: 'answer', type: 'textarea', required: true, label: label('解答', 'Answer') },
      ],
    },
  ],
})
