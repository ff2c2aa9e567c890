// Every create, update and delete on audited collections, configuration changes, and staff logout go to the
// audit chain, in the transaction of the change: the record commits or rolls back with it (writeAudit.ts).
// (Login, its failures, lockouts and second-factor events are written by the login endpoints.)
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionAfterLogoutHook,
  GlobalAfterChangeHook,
} from 'payload'
import { digestOf } from '../lib/audit/chain.ts'
import { auditChange, requestContext } from '../lib/audit/writeAudit.ts'

/** System records that are not themselves audited (the audit log, the portal's build queue). */
const NOT_AUDITED = new Set([
  'audit-log',
  'audit-checkpoints',
  'audit-archives',
  'site-builds',
  'workflow-history',
])

const afterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (context.skipAudit) return doc
  await auditChange(req, {
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
  await auditChange(req, {
    ...requestContext(req),
    event: `${collection.slug}.delete`,
    result: 'success',
    objectType: collection.slug,
    objectId: String(doc.id),
    beforeDigest: digestOf(doc),
  })
  return doc
}

const afterLogout: CollectionAfterLogoutHook = async ({ req }) => {
  await auditChange(req, {
    ...requestContext(req),
    event: 'auth.logout',
    result: 'success',
    objectType: 'users',
    objectId: req.user ? String(req.user.id) : null,
  })
}

/** Configuration changes (globals such as 站点设置). */
export const auditGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  global,
  context,
}) => {
  if (context.skipAudit) return doc
  await auditChange(req, {
    ...requestContext(req),
    event: `${global.slug}.update`,
    result: 'success',
    objectType: global.slug,
    beforeDigest: digestOf(previousDoc),
    afterDigest: digestOf(doc),
  })
  return doc
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
      ...(config.auth ? { afterLogout: [...(hooks.afterLogout ?? []), afterLogout] } : {}),
    },
  }
}
