// Everything the portal publishes goes through drafts and versions with the same access rules. Publishing
// itself happens only through the review workflow (plugins/review-workflow, applied in payload.config.ts
// to every collection with drafts).
import type { CollectionConfig } from 'payload'
import { contentWriter, publishedOrContentStaff, publisher } from '../access/content.ts'
import { requestSiteBuildAfterChange, requestSiteBuildAfterDelete } from '../hooks/requestSiteBuild.ts'

export function publishable(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrContentStaff,
      readVersions: contentWriter,
      create: contentWriter,
      update: contentWriter,
      delete: publisher,
      ...config.access,
    },
    // Drafts are validated like published documents: a save that would not publish is refused early.
    versions: { drafts: { schedulePublish: false, validate: true }, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), requestSiteBuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), requestSiteBuildAfterDelete],
    },
  }
}
