// The fields each governed collection gains: the sidebar panel, the stored state, assignees and due time.
import type { CollectionSlug, Field } from 'payload'
import { COMPONENTS } from '../components/paths.ts'

export const workflowFields = (usersSlug: string): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: `${COMPONENTS}/WorkflowPanel.tsx#WorkflowPanel` },
    },
  },
  {
    name: 'workflowState',
    type: 'text',
    index: true,
    label: { zh: '审核状态', en: 'Review state' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Field: `${COMPONENTS}/WorkflowPanel.tsx#ShownInPanel` },
    },
  },
  {
    name: 'workflowAssignees',
    type: 'relationship',
    relationTo: usersSlug as CollectionSlug,
    hasMany: true,
    label: { zh: '处理人', en: 'Assignees' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'workflowDueAt',
    type: 'date',
    label: { zh: '办理时限', en: 'Due' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
      components: { Field: `${COMPONENTS}/WorkflowPanel.tsx#ShownInPanel` },
    },
  },
]
