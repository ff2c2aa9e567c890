// Publishing and unpublishing are reserved to publishers, whatever the entry point (REST, GraphQL,
// Local API with a user, bulk, restore version). Access functions do not see the draft flag, so this
// runs before the operation, where the full arguments are known.
import { Forbidden, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../access/roles.ts'
import { PUBLISHERS } from '../access/content.ts'

type WriteArgs = { data?: { _status?: string }; draft?: boolean; id?: string | number }

export const enforcePublishRights: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  const user = req.user
  if (!user || hasRole(user, ...PUBLISHERS)) return args
  // A restored version may be a published one: restoring is a publishing act.
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  const { data, draft, id } = args as WriteArgs
  if (data?._status === 'published') throw new Forbidden(req.t)
  const unpublishing = operation === 'update' && data?._status === 'draft' && !draft
  if (!unpublishing) return args
  // Bulk update (no id) that could unpublish: refused outright for non-publishers.
  if (id === undefined) throw new Forbidden(req.t)
  const current = await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    draft: false,
    req,
    overrideAccess: true,
  })
  if ((current as { _status?: string })._status === 'published') throw new Forbidden(req.t)
  return args
}
