// The plugin's options (what the host CMS tells it) and the events it reports back to the host.
import type { Access, CollectionConfig, PayloadRequest } from 'payload'

export type Bilingual = { zh: string; en: string }

export type WorkflowEvent = {
  collection: string
  id: string
  transition: string
  from: string
  to: string
  comment: string | null
}

export type WorkflowNotice = {
  eventType: 'workflow.transition' | 'workflow.reminder'
  collection: string
  id: string
  /** Staff user ids. */
  recipients: string[]
  subject: string
  body: string
}

/** A transition that has just been saved: what `afterTransition` is told. */
export type TransitionApplied = WorkflowEvent & {
  /** Stage of the target state: `published` and `unpublished` change what is live, others do not. */
  toStage: string
  /** The document as saved by the transition (its latest version, depth 0). */
  doc: Record<string, unknown>
  /** The document as it was before the transition (its latest version then, depth 0). */
  previousDoc: Record<string, unknown>
}

export type TransitionCheck = {
  collection: string
  id: string
  /** The document's latest version (depth 0). */
  doc: Record<string, unknown>
  transition: { key: string; label: string }
  from: { key: string; label: string; stage: string }
  to: { key: string; label: string; stage: string }
  override: boolean
  /** A scheduled publication being carried out (its checks were confirmed when it was scheduled). */
  scheduled: boolean
}

export type ReviewWorkflowOptions = {
  /** Slugs of the collections whose publishing goes through a workflow (they must have drafts). */
  collections: string[]
  /** Roles a transition can name: value → label. */
  roles: Record<string, Bilingual>
  /** The roles of a signed-in user (default: `user.roles`). */
  rolesOf?: (user: unknown) => string[]
  /** Whether a staff account can act now (e.g. not disabled as dormant); others are not offered or notified as reviewers. */
  activeUser?: (user: unknown) => boolean
  /**
   * Whether a staff account may take workflow steps at all, whatever a definition says (e.g. content roles
   * only, not the audit admin): others are never eligible, assignable or named in a transition. Default: all.
   */
  mayAct?: (user: unknown) => boolean
  /** Who may create and change workflows and move documents between states. */
  manage: Access
  /** Who may read workflows and document histories (default: any signed-in user). */
  read?: Access
  /** The staff collection (for assignees and named users); default `users`. */
  usersSlug?: string
  /** Applied to the collections the plugin adds (e.g. to audit changes to workflows). */
  wrapCollection?: (collection: CollectionConfig) => CollectionConfig
  /** Records a transition in the host's audit log; runs inside the transition's transaction and may throw to refuse it. */
  audit?: (req: PayloadRequest, event: WorkflowEvent) => Promise<void>
  /**
   * Sends a notification (a transition's `notify`, a reminder) to staff accounts; runs inside the
   * transaction of the change, so the host should queue it there (an outbox) rather than send it.
   */
  notify?: (req: PayloadRequest, notice: WorkflowNotice) => Promise<void>
  /**
   * Checks the document before a transition (e.g. content safety); runs inside the transaction and may throw an
   * APIError (4xx, `data.code`, optional `data.details`) to refuse. `override` is the actor's explicit
   * confirmation of findings that need a reviewer's sign-off.
   */
  check?: (req: PayloadRequest, step: TransitionCheck) => Promise<void>
  /**
   * Reacts to a transition once the document is saved in its new state (e.g. the host requests a site build
   * for a withdrawal); runs inside the transition's transaction, after the history entry, and may throw to
   * refuse it. Ordinary saves are not transitions: the host sees those in its own collection hooks.
   */
  afterTransition?: (req: PayloadRequest, transition: TransitionApplied) => Promise<void>
  /** Base URL of the admin, for links in notifications (default: the config's serverURL). */
  adminUrl?: string
  /** Admin sidebar group of the plugin's collections. */
  group?: Bilingual
}
