// Access rules for the staff account collection (三权分立).
import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/** System and security admins see all accounts; everyone else only their own. */
export const readStaff: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'systemAdmin', 'securityAdmin')) return true
  return { id: { equals: user.id } }
}

/** Accounts are created and removed by the system admin only. */
export const systemAdmin: Access = ({ req: { user } }) => hasRole(user, 'systemAdmin')

/**
 * The system admin edits any account, the security admin any account's roles (the rest is guarded by
 * `limitSecurityAdminEdits`), everyone else only their own profile.
 */
export const updateStaff: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'systemAdmin', 'securityAdmin')) return true
  return { id: { equals: user.id } }
}

/** Roles are assigned by the security admin, and never by anyone to their own account. */
export const assignRoles: FieldAccess = ({ req: { user }, id }) =>
  hasRole(user, 'securityAdmin') && id !== user?.id
