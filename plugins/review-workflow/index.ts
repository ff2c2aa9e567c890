// Review workflow plugin (三审三校, module 21): configurable states and transitions per collection, enforced
// on the server for every entry point; per-document history; a review queue.
//
//   plugins: [reviewWorkflow({ collections: ['articles'], roles: {...}, manage: ({ req }) => ... })]
//
// Each governed collection gains the fields workflowState, workflowAssignees, workflowDueAt and the
// endpoints in endpoints.ts; publishing (`_status: 'published'`), unpublishing and changes to a live
// document happen only through a transition into a state of kind 已发布 / 已撤销 (hooks.ts).
import type { CollectionConfig, CollectionSlug, Config, Field, Plugin } from 'payload'
import { historyCollection, schedulesCollection, workflowsCollection } from './collections.ts'
import { collectionEndpoints, moveEndpoint, queueEndpoint } from './endpoints.ts'
import { checkAssignees } from './assignees.ts'
import { guardPublishing, trackState } from './hooks.ts'
import { resolveOptions, type ReviewWorkflowOptions } from './options.ts'
import { workflowTasks } from './jobs.ts'
import { collectionLabel } from '../../cms/lib/label.ts'

export {
  SYSTEM_WRITE,
  type ReviewWorkflowOptions,
  type TransitionApplied,
  type TransitionCheck,
  type WorkflowEvent,
  type WorkflowNotice,
} from './options.ts'
export type { Transition, WorkflowState } from './definition.ts'
export { transitionAuditRecord, type AuditRecord } from './auditRecord.ts'
export { sendReminders } from './notices.ts'
export { applyTransition } from './transition.ts'
export { runDueSchedules } from './scheduler.ts'

/** Admin components, as paths relative to the admin's import-map base directory (cms/). */
const COMPONENTS = '/../plugins/review-workflow/components'

const workflowFields = (usersSlug: string): Field[] => [
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

export const reviewWorkflow =
  (given: ReviewWorkflowOptions): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(given)
    const { usersSlug, wrapCollection: wrap } = options
    const existing = config.collections ?? []
    for (const slug of options.collections) {
      const collection = existing.find((c) => c.slug === slug)
      if (!collection) throw new Error(`review-workflow：集合 ${slug} 不存在`)
      if (
        !collection.versions ||
        typeof collection.versions !== 'object' ||
        !collection.versions.drafts
      )
        throw new Error(`review-workflow：集合 ${slug} 必须启用草稿（versions.drafts）`)
    }
    const labels = Object.fromEntries(existing.map((c) => [c.slug, collectionLabel(c)]))
    const collections = existing.map((collection): CollectionConfig => {
      if (!options.collections.includes(collection.slug)) return collection
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              PublishButton: `${COMPONENTS}/WorkflowActions.tsx#WorkflowActions`,
              UnpublishButton: `${COMPONENTS}/WorkflowActions.tsx#NoUnpublishButton`,
            },
          },
        },
        fields: [...collection.fields, ...workflowFields(usersSlug)],
        endpoints: [
          ...(collection.endpoints || []),
          ...collectionEndpoints(collection.slug, options),
        ],
        hooks: {
          ...collection.hooks,
          beforeOperation: [guardPublishing, ...(collection.hooks?.beforeOperation ?? [])],
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            trackState,
            checkAssignees(options),
          ],
        },
      }
    })
    const components = config.admin?.components ?? {}
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...components,
          afterNavLinks: [
            ...(components.afterNavLinks ?? []),
            `${COMPONENTS}/ReviewQueueLink.tsx#ReviewQueueLink`,
          ],
          views: {
            ...components.views,
            reviewQueue: {
              Component: `${COMPONENTS}/ReviewQueueView.tsx#ReviewQueueView`,
              path: '/review-queue',
            },
          },
        },
      },
      collections: [
        ...collections,
        wrap({ ...workflowsCollection(options, labels), endpoints: [moveEndpoint(options)] }),
        historyCollection(options),
        schedulesCollection(options),
      ],
      // The scheduler (scheduler.ts) reads the options from here.
      custom: { ...config.custom, reviewWorkflow: options },
      // Scheduled publishing and reminders run on the jobs queue (jobs.ts).
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...workflowTasks] },
      endpoints: [...(config.endpoints ?? []), queueEndpoint(options)],
    }
  }
