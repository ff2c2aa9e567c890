// 课件: course videos and files that belong to a training.
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const Courseware: CollectionConfig = publishable({
  slug: 'courseware',
  labels: { singular: label('课件', 'Courseware'), plural: label('课程课件', 'Courseware') },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'title',
    defaultColumns: ['title', 'training', 'format', '_status'],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('课件名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'training',
          type: 'relationship',
          relationTo: 'trainings',
          required: true,
          index: true,
          label: label('所属培训', 'Training'),
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          label: label('课件形式', 'Format'),
          options: options([
            ['video', '课程视频', 'Video'],
            ['document', '讲义文档', 'Document'],
          ]),
        },
        {
          name: 'durationMinutes',
          type: 'number',
          min: 0,
          label: label('时长（分钟）', 'Duration (min)'),
        },
      ],
    },
    { name: 'file', type: 'upload', relationTo: 'media', label: label('文件', 'File') },
    { name: 'speaker', type: 'text', label: label('主讲人', 'Speaker') },
    { name: 'description', type: 'textarea', label: label('说明', 'Description') },
  ],
})
