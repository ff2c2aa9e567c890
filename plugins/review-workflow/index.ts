// Review workflow plugin (三审三校, module 21): configurable states and transitions per collection, enforced
// on the server for every entry point; per-document history; a review queue.
//
//   plugins: [reviewWorkflow({ collections: ['articles'], roles: {...}, manage: ({ req }) => ... })]
//
// Each governed collection gains the fields workflowState, workflowAssignees, workflowDueAt and the
// endpoints in endpoints/; publishing (`_status: 'published'`), unpublishing and changes to a live
// document happen only through a transition into a state of stage 已发布 / 已撤销 (hooks/).
import type { Config, Plugin } from 'payload'
import { collectionLabel } from '../../cms/lib/label.ts'
import { assertGovernable, governCollection } from './collections/governed.ts'
import { historyCollection } from './collections/history.ts'
import { schedulesCollection } from './collections/schedules.ts'
import { workflowsCollection } from './collections/workflows.ts'
import { COMPONENTS } from './components/paths.ts'
import { moveDocumentsEndpoint } from './endpoints/moveDocuments.ts'
import { queueEndpoint } from './endpoints/queue.ts'
import { workflowTasks } from './jobs/tasks.ts'
import { resolveOptions } from './resolveOptions.ts'
import type { ReviewWorkflowOptions } from './types.ts'

export type {
  ReviewWorkflowOptions,
  TransitionApplied,
  TransitionCheck,
  WorkflowEvent,
  WorkflowNotice,
} from './types.ts'
export { SYSTEM_WRITE } from './context.ts'
export type { Transition, WorkflowState } from './lib/definition.ts'
export { transitionAuditRecord, type AuditRecord } from './lib/auditRecord.ts'
export { sendReminders } from './jobs/sendReminders.ts'
export { applyTransition } from './transition/apply.ts'
export { runDueSchedules } from './jobs/runDueSchedules.ts'

/** The admin's 我的待办 link and view. */
function withReviewQueue(admin: Config['admin']): Config['admin'] {
  const components = admin?.components ?? {}
  return {
    ...admin,
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
  }
}

export const reviewWorkflow =
  (given: ReviewWorkflowOptions): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(given)
    const existing = config.collections ?? []
    assertGovernable(existing, options)
    const labels = Object.fromEntries(existing.map((c) => [c.slug, collectionLabel(c)]))
    const workflows = workflowsCollection(options, labels)
    return {
      ...config,
      admin: withReviewQueue(config.admin),
      collections: [
        ...existing.map((c) =>
          options.collections.includes(c.slug) ? governCollection(c, options) : c,
        ),
        options.wrapCollection({ ...workflows, endpoints: [moveDocumentsEndpoint(options)] }),
        historyCollection(options),
        schedulesCollection(options),
      ],
      // Work outside a request (jobs/) reads the options from here.
      custom: { ...config.custom, reviewWorkflow: options },
      // Scheduled publishing and reminders run on the jobs queue (jobs/tasks.ts).
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...workflowTasks] },
      endpoints: [...(config.endpoints ?? []), queueEndpoint(options)],
    }
  }
