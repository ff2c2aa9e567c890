// Every create, update and delete on audited collections, and staff login/logout, go to the audit chain.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionAfterLoginHook, CollectionAfterLogoutHook } from 'payload'
import { digestOf } from '../lib/audit/chain.ts'
import { requestContext, writeAudit } from '../lib/audit/writeAudit.ts'

/** System records that are not themselves audited (the audit log, the portal's build queue). */
const NOT_AUDITED = new Set(['audit-log', 'site-builds'])

const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  if (context.skipAudit) return doc
  await writeAudit(req.payload, {
    ...requestContext(req),
    event: `${collection.slug}.${operation}`,
    result: 'success',
    objectType: collection.slug,
    objectId: String(doc.id),
    beforeDigest: operation === 'update' ? digestOf(previousDoc) : null,
    afterDigest: digestOf(doc),
  })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context.skipAudit) return doc
  await writeAudit(req.payload, { ...requestContext(req), event: `${collection.slug}.delete`, result: 'success', objectType: collection.slug, objectId: String(doc.id), beforeDigest: digestOf(doc) })
  return doc
}

const afterLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await writeAudit(req.payload, { ...requestContext(req), actorId: String(user.id), actorRoles: (user as { roles?: string[] }).roles?.join(',') ?? null, event: 'auth.login', result: 'success', objectType: 'users', objectId: String(user.id) })
  return user
}

const afterLogout: CollectionAfterLogoutHook = async ({ req }) => {
  await writeAudit(req.payload, { ...requestContext(req), event: 'auth.logout', result: 'success', objectType: 'users', objectId: req.user ? String(req.user.id) : null })
}

/** Adds the audit hooks to a collection (one place, applied to every collection in collections/index.ts). */
export function audited(config: CollectionConfig): CollectionConfig {
  if (NOT_AUDITED.has(config.slug)) return config
  const hooks = config.hooks ?? {}
  return {
    ...config,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      ...(config.auth ? { afterLogin: [...(hooks.afterLogin ?? []), afterLogin], afterLogout: [...(hooks.afterLogout ?? []), afterLogout] } : {}),
    },
  }
}
