// The plugins of the CMS, in order, with the host's part of each: who may manage, what is audited, who is
// notified. Assembled by payload.config.ts; the only place besides the seed that knows the plugins.
import type { Plugin } from 'payload'
import { CONTENT_WRITERS } from './access/content.ts'
import { hasRole, ROLES, ROLES_EN, type Role } from './access/roles.ts'
import { collections } from './collections/index.ts'
import { GROUPS } from './collections/groups.ts'
import { audited } from './hooks/auditChanges.ts'
import { requestGuards } from './hooks/requestGuards.ts'
import { requestSiteBuildAfterTransition } from './publish/index.ts'
import { textHygiene } from './hooks/textHygiene.ts'
import { auditChange, requestContext } from './lib/audit/writeAudit.ts'
import { accountDisabled } from './lib/auth/policy.ts'
import { queueMessage } from './lib/notify/outbox.ts'
import {
  contentSafety,
  overrideAuditRecord,
  rescanNotice,
  safetyGate,
} from '../plugins/content-safety/index.ts'
import { reviewWorkflow, transitionAuditRecord } from '../plugins/review-workflow/index.ts'
import type { User } from '../payload-types.ts'

/** Collections with drafts: published only through review, checked for content safety. */
const publishableSlugs = collections
  .filter((c) => typeof c.versions === 'object' && c.versions.drafts)
  .map((c) => c.slug)

/** Active staff with any of `roles` (user ids): accounts disabled at login are not notified. */
async function activeStaffWith(
  req: Parameters<typeof queueMessage>[0],
  roles: Role[],
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: roles } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.filter((user) => accountDisabled(user) === null).map((user) => String(user.id))
}

export const plugins: Plugin[] = [
  // Text hygiene: every save of every collection and global is cleaned first (ordered after all plugins).
  textHygiene,
  // Content safety (modules 23, 24): the dictionary managed by the security admin; every publishable
  // collection shows the check inline while editing; public forms are checked when submitted; the workflow's
  // gate is below (check).
  contentSafety({
    collections: publishableSlugs,
    // Public form submissions: block-level content refused, the rest flagged for the staff who handle them.
    forms: ['consultations'],
    manage: ({ req: { user } }) => hasRole(user, 'securityAdmin'),
    read: ({ req: { user } }) => Boolean(user?.roles?.length),
    group: GROUPS.content,
    wrapCollection: audited,
    // New block- and review-level findings in published content (内容巡检 after a dictionary change) go to
    // the security admins, who manage the dictionary, and the approvers, who sign content off.
    onNewFindings: async (req, report) => {
      await queueMessage(req, {
        recipients: await activeStaffWith(req, ['securityAdmin', 'approver']),
        ...rescanNotice(report),
      })
    },
  }),
  // Every collection with drafts publishes only through its review workflow (三审三校 by default).
  reviewWorkflow({
    collections: publishableSlugs,
    roles: Object.fromEntries(
      (Object.keys(ROLES) as Role[]).map((role) => [role, { zh: ROLES[role], en: ROLES_EN[role] }]),
    ),
    // Who may take which step is a permission: the security admin configures workflows (三权分立).
    manage: ({ req: { user } }) => hasRole(user, 'securityAdmin'),
    read: ({ req: { user } }) => Boolean(user?.roles?.length),
    // Accounts disabled at login (dormant, initial password too old) are not offered as reviewers or notified.
    activeUser: (user) => accountDisabled(user as User) === null,
    // Only content staff take review steps or are assigned them; the three administrators never are (三权分立).
    mayAct: (user) => hasRole(user as User, ...CONTENT_WRITERS),
    group: GROUPS.content,
    wrapCollection: audited,
    audit: (req, event) =>
      auditChange(req, { ...requestContext(req), ...transitionAuditRecord(event) }),
    // Block-level findings stop submission and publication; a reviewer's confirmation of review-level ones is audited.
    check: safetyGate((req, event) =>
      auditChange(req, { ...requestContext(req), ...overrideAuditRecord(event) }),
    ),
    // A withdrawal takes the document off the portal: the site is rebuilt (publications are live saves, seen
    // by the collections' own hook).
    afterTransition: requestSiteBuildAfterTransition,
    // Notices go to the outbox in the transition's transaction; the mailer in `npm start` sends them.
    notify: (req, notice) =>
      queueMessage(req, {
        recipients: notice.recipients,
        subject: notice.subject,
        body: notice.body,
        eventType: notice.eventType,
        ref: `${notice.collection}/${notice.id}`,
      }).then(() => undefined),
  }),
  // Last, so it covers the collections the plugins above add: request query arguments checked on every
  // collection, every error answered in Chinese with a 4xx for bad input.
  requestGuards,
]
