// Findings an editor accepted on one document (collection `safety-acceptances`): a suspected typo that is no
// error there. Written only through POST /api/content-safety/accept (endpoints/accept.ts); removed by whoever
// may manage the dictionary.
import type { CollectionConfig } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import type { ResolvedOptions } from '../types.ts'

export const ACCEPTANCES = 'safety-acceptances'

export function acceptancesCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: ACCEPTANCES,
    labels: {
      singular: { zh: '已确认的检查结果', en: 'Accepted finding' },
      plural: { zh: '已确认的检查结果', en: 'Accepted findings' },
    },
    admin: { group: options.group, hidden: true, useAsTitle: 'found' },
    // Written only through POST /api/content-safety/accept; removed by whoever may manage the dictionary.
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: options.manage,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    fields: [
      { name: 'collectionSlug', type: 'text', required: true, index: true },
      { name: 'documentId', type: 'text', required: true, index: true },
      { name: 'key', type: 'text', required: true },
      { name: 'found', type: 'text', required: true, label: { zh: '原文', en: 'Found' } },
      { name: 'suggestion', type: 'text', label: { zh: '建议', en: 'Suggestion' } },
      {
        name: 'acceptedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { zh: '确认人', en: 'Accepted by' },
      },
    ],
  }
}
