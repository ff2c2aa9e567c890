// The content-safety plugin's options and what it reports to the host (内容巡检 rounds).
import type { Access, CollectionConfig, PayloadRequest } from 'payload'
import type { DocumentFinding } from './utilities/document.ts'

export type ContentSafetyOptions = {
  /** Collections whose editors see the check inline (a panel, and findings under each text field). */
  collections?: string[]
  /**
   * Public form submissions (submission.ts): checked when submitted — block-level content refused, other
   * findings flagged for staff, who see them inline when they open a submission.
   */
  forms?: string[]
  /** Who may change the dictionaries. */
  manage: Access
  /** Who may read the dictionaries and use the check endpoint (default: any signed-in user). */
  read?: Access
  /** Applied to the plugin's collections (e.g. to audit changes). */
  wrapCollection?: (collection: CollectionConfig) => CollectionConfig
  group?: { zh: string; en: string }
  /**
   * Told when a round of 内容巡检 (rescan.ts) finds new block- or review-level findings in published content,
   * e.g. to notify the people responsible. Runs in the round's request.
   */
  onNewFindings?: (req: PayloadRequest, report: ScanReport) => Promise<void>
}

/** The options as the plugin's parts read them: every default filled in once, by the factory (index.ts). */
export type ResolvedOptions = ContentSafetyOptions &
  Required<Pick<ContentSafetyOptions, 'collections' | 'forms' | 'read' | 'wrapCollection'>>

export type ScanFinding = Pick<
  DocumentFinding,
  'field' | 'fieldLabel' | 'kind' | 'level' | 'found' | 'suggestion' | 'offset' | 'text' | 'message'
> & {
  collection: string
  collectionLabel: string
  id: string
  title: string
  isNew: boolean
}

export type ScanReport = {
  id: string
  trigger: 'dictionary' | 'manual'
  version: string
  documents: number
  findings: ScanFinding[]
  total: number
  newFindings: number
}
