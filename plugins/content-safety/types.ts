// The content-safety plugin's options and what it reports to the host (内容巡检 rounds).
import type { Access, CollectionConfig, PayloadRequest } from 'payload'
import type { Finding } from './engine/index.ts'

export type ContentSafetyOptions = {
  /** Collections whose editors see the check inline (a panel, and findings under each text field) and
   *  whose published documents 内容巡检 checks again; default: none. */
  collections?: string[]
  /**
   * Public form submissions (hooks/submissionCheck.ts): checked when submitted — block-level content refused, other
   * findings flagged for staff, who see them inline when they open a submission.
   */
  forms?: string[]
  /** Who may change the dictionaries, import them and ask for a 内容巡检 round (required: no default). */
  manage: Access
  /** Who may read the dictionaries and use the check endpoint (default: any signed-in user). */
  read?: Access
  /** Applied to the plugin's collections (e.g. to audit changes); default: unchanged. */
  wrapCollection?: (collection: CollectionConfig) => CollectionConfig
  /** The admin navigation group of the plugin's collections (dictionary, rescan reports); default: none. */
  group?: { zh: string; en: string }
  /**
   * Told when a round of 内容巡检 (jobs/rescan.ts) finds new block- or review-level findings in published content,
   * e.g. to notify the people responsible. Runs in the round's request.
   */
  onNewFindings?: (req: PayloadRequest, report: ScanReport) => Promise<void>
}

/** The options as the plugin's parts read them: every default filled in once, by the factory (index.ts). */
export type ResolvedOptions = ContentSafetyOptions &
  Required<Pick<ContentSafetyOptions, 'collections' | 'forms' | 'read' | 'wrapCollection'>>

/** A finding placed in a document: the field it is in (path and label), its identity across edits (`key`), and
 *  whether an editor accepted it as no error there (suspected typos only). */
export type DocumentFinding = Finding & {
  field: string
  fieldLabel: string
  key: string
  accepted: boolean
}

export type ScanFinding = Pick<
  DocumentFinding,
  'field' | 'fieldLabel' | 'rule' | 'level' | 'found' | 'suggestion' | 'offset' | 'text' | 'message'
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
