// What the host CMS tells the review-workflow plugin.
import type { Access, CollectionConfig, Payload, PayloadRequest } from 'payload'
import { signedIn } from '../../cms/lib/access.ts'

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
  /** Kind of the target state: `published` and `unpublished` change what is live, others do not. */
  toKind: string
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
  from: { key: string; label: string; kind: string }
  to: { key: string; label: string; kind: string }
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

export const defaultRolesOf = (user: unknown): string[] =>
  (user as { roles?: string[] } | null)?.roles ?? []

/** The options as the plugin's parts read them: every default filled in once, by the factory (`resolveOptions`). */
export type ResolvedOptions = ReviewWorkflowOptions &
  Required<
    Pick<
      ReviewWorkflowOptions,
      'rolesOf' | 'activeUser' | 'mayAct' | 'read' | 'usersSlug' | 'wrapCollection'
    >
  >

const everyone = () => true

/** Fills in the defaults documented on `ReviewWorkflowOptions`. */
export const resolveOptions = (options: ReviewWorkflowOptions): ResolvedOptions => ({
  ...options,
  rolesOf: options.rolesOf ?? defaultRolesOf,
  activeUser: options.activeUser ?? everyone,
  mayAct: options.mayAct ?? everyone,
  read: options.read ?? signedIn,
  usersSlug: options.usersSlug ?? 'users',
  wrapCollection: options.wrapCollection ?? ((collection) => collection),
})

/** The signed-in user as the workflow sees them: id and roles. */
export const actorOf = (req: PayloadRequest, options: ResolvedOptions) => ({
  id: String(req.user!.id),
  roles: options.rolesOf(req.user),
})

/** Server code that writes documents outside any request (demo seed, imports) says so with this context key. */
export const SYSTEM_WRITE = 'reviewWorkflowSystemWrite'
/** Set by the scheduler while it applies a scheduled transition (the one a pending schedule may take). */
export const SCHEDULED_RUN = 'reviewWorkflowScheduledRun'
/**
 * Set by the plugin itself while it applies a transition: `req.context[TRANSITION]` is a TransitionContext.
 * Private to the plugin; the host learns of transitions through `afterTransition`.
 */
export const TRANSITION = 'reviewWorkflowTransition'
/** The transition being applied, with the kind of its target (a withdrawal, a publication, or neither). */
export type TransitionContext = WorkflowEvent & { toKind: string }

/**
 * The resolved options the factory stored in the config, for work that runs outside a request (scheduled steps,
 * reminders); throws when the plugin is not installed.
 */
export function installedOptions(payload: Payload): ResolvedOptions {
  const options = (payload.config.custom as { reviewWorkflow?: ResolvedOptions } | undefined)
    ?.reviewWorkflow
  if (!options) throw new Error('review-workflow 插件未启用')
  return options
}
