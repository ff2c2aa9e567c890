// The options as the plugin's parts read them: every default of `ReviewWorkflowOptions` filled in once, by
// the factory, and stored in the config for work that runs outside a request.
import type { Payload, PayloadRequest } from 'payload'
import { signedIn } from '../../cms/lib/access.ts'
import type { ReviewWorkflowOptions } from './types.ts'

export const defaultRolesOf = (user: unknown): string[] =>
  (user as { roles?: string[] } | null)?.roles ?? []

/** The options with every default filled in (`resolveOptions`). */
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
