// Everything the portal publishes goes through drafts and versions with the same access rules. Publishing
// itself happens only through the review workflow (plugins/review-workflow, applied in payload.config.ts
// to every collection with drafts).
import type { CollectionConfig, Field } from 'payload'
import { contentWriter, publishedOrContentStaff, publisher } from '../access/content.ts'
import { NOT_AN_ACCOUNT } from '../lib/access.ts'
import { requestSiteBuildAfterChange, requestSiteBuildAfterDelete } from '../publish/index.ts'
import { syncMediaAfterChange, syncMediaAfterDelete } from '../lib/media/publications.ts'

/** A copy (复制) is marked in its title, so editors tell it from the original in lists. */
const markCopies = (fields: Field[], titleField: string | undefined): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === titleField && field.type === 'text'
      ? {
          ...field,
          hooks: {
            ...field.hooks,
            beforeDuplicate: [
              ({ value }: { value?: unknown }) =>
                typeof value === 'string' ? `${value}（副本）` : value,
            ],
          },
        }
      : field,
  )

export function publishable(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    fields: markCopies(config.fields, config.admin?.useAsTitle),
    // Deleting moves a document to the trash (垃圾箱), from where it can be restored; only documents already
    // in the trash can be deleted for good, and a live document must be withdrawn first (review-workflow).
    trash: true,
    access: {
      read: publishedOrContentStaff,
      readVersions: contentWriter,
      create: contentWriter,
      update: contentWriter,
      delete: publisher,
      ...NOT_AN_ACCOUNT,
      ...config.access,
    },
    // Drafts are validated like published documents: a save that would not publish is refused early.
    versions: { drafts: { schedulePublish: false, validate: true }, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      // The files a published version uses become public, and stop being public when it goes offline.
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        syncMediaAfterChange,
        requestSiteBuildAfterChange,
      ],
      afterDelete: [
        ...(config.hooks?.afterDelete ?? []),
        syncMediaAfterDelete,
        requestSiteBuildAfterDelete,
      ],
    },
  }
}
