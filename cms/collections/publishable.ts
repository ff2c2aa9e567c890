// Everything the portal publishes goes through drafts and versions with the same access rules.
import type { CollectionConfig } from 'payload'
import { contentWriter, publishedOrContentStaff, publisher } from '../access/content.ts'
import { enforcePublishRights } from '../hooks/enforcePublishRights.ts'
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
    versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      beforeOperation: [enforcePublishRights, ...(config.hooks?.beforeOperation ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), requestSiteBuildAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), requestSiteBuildAfterDelete],
    },
  }
}
