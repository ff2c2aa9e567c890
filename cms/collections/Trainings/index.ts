// 培训活动: trainings and events from the 商务委, commissions, districts, 虹桥 and service organisations.
import type { CollectionConfig } from 'payload'
import { label, options } from '../../lib/label.ts'
import { countriesField } from '../../fields/relations.ts'
import { GROUPS } from '../groups.ts'
import { publishable } from '../publishable.ts'

export const ORGANISER_TYPES = options([
  ['commerce', '市商务委', 'Commerce commission'],
  ['commission', '相关委办', 'Other commissions'],
  ['district', '各区', 'Districts'],
  ['hongqiao', '虹桥分平台', 'Hongqiao sub-platform'],
  ['service-org', '服务机构', 'Service organisation'],
])

export const Trainings: CollectionConfig = publishable({
  slug: 'trainings',
  labels: { singular: label('培训活动', 'Training'), plural: label('培训活动', 'Trainings') },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organiserType', 'startAt', 'capacity', '_status'],
  },
  defaultSort: '-startAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('活动名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organiserType',
          type: 'select',
          required: true,
          index: true,
          label: label('主办方类型', 'Organiser type'),
          options: ORGANISER_TYPES,
        },
        { name: 'organiser', type: 'text', required: true, label: label('主办单位', 'Organiser') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startAt',
          type: 'date',
          required: true,
          index: true,
          label: label('开始时间', 'Starts'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endAt',
          type: 'date',
          required: true,
          label: label('结束时间', 'Ends'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: { startAt?: string } },
          ) =>
            !value || !siblingData.startAt || new Date(value) >= new Date(siblingData.startAt)
              ? true
              : '结束时间不能早于开始时间',
        },
        {
          name: 'registrationDeadline',
          type: 'date',
          label: label('报名截止', 'Registration deadline'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', label: label('活动地点', 'Place') },
        {
          name: 'online',
          type: 'checkbox',
          defaultValue: false,
          label: label('线上活动', 'Online'),
        },
        { name: 'capacity', type: 'number', min: 1, label: label('名额', 'Capacity') },
      ],
    },
    countriesField(),
    { name: 'summary', type: 'textarea', maxLength: 500, label: label('活动简介', 'Summary') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面图', 'Cover image') },
    { name: 'body', type: 'richText', label: label('活动详情', 'Details') },
  ],
})
