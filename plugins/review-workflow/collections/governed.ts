// A host collection under a workflow: its Publish button replaced by the workflow's actions, the workflow's
// fields and endpoints added, and the hooks that keep publishing inside the workflow.
import type { CollectionConfig } from 'payload'
import { COMPONENTS } from '../components/paths.ts'
import { collectionEndpoints } from '../endpoints/collectionEndpoints.ts'
import { workflowFields } from '../fields/workflowFields.ts'
import { checkAssignees } from '../hooks/checkAssignees.ts'
import { guardPublishing } from '../hooks/guardPublishing.ts'
import { trackState } from '../hooks/trackState.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'

/** Refuses at start-up a governed slug that is missing or has no drafts. */
export function assertGovernable(collections: CollectionConfig[], options: ResolvedOptions): void {
  for (const slug of options.collections) {
    const collection = collections.find((c) => c.slug === slug)
    if (!collection) throw new Error(`review-workflow：集合 ${slug} 不存在`)
    if (
      !collection.versions ||
      typeof collection.versions !== 'object' ||
      !collection.versions.drafts
    )
      throw new Error(`review-workflow：集合 ${slug} 必须启用草稿（versions.drafts）`)
  }
}

export function governCollection(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
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
    fields: [...collection.fields, ...workflowFields(options.usersSlug)],
    endpoints: [...(collection.endpoints || []), ...collectionEndpoints(collection.slug, options)],
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
}
