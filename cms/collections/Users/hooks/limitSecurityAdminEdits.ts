// The security admin assigns roles but does not manage other people's accounts (that is the system
// admin's duty): on someone else's account, any change besides roles is refused.
import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../../payload-types.ts'
import { hasRole } from '../../../access/roles.ts'
import { pendingPassword } from './credentials.ts'

/** `data` holds the whole merged document here, so compare values rather than look for keys. */
const ACCOUNT_FIELDS = ['name', 'department', 'email', 'mustChangePassword', 'phone'] as const

export const limitSecurityAdminEdits: CollectionBeforeChangeHook<User> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const actor = req.user
  if (operation !== 'update' || !actor || !originalDoc || actor.id === originalDoc.id) return data
  if (hasRole(actor, 'systemAdmin')) return data
  const changed = ACCOUNT_FIELDS.some(
    (field) => field in data && (data[field] ?? null) !== (originalDoc[field] ?? null),
  )
  if (changed || pendingPassword(req)) throw new Forbidden(req.t)
  return data
}
