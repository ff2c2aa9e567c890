// Access rules for the staff account collection (三权分立).
import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles.ts'

/**
 * Reading and editing accounts: the system and security admins reach every account, everyone else only their own.
 * On update the security admin's reach is narrowed further by `limitSecurityAdminEdits` (roles only).
 */
export const ownAccountOrAdmins: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'systemAdmin', 'securityAdmin')) return true
  return { id: { equals: user.id } }
}

/** Accounts are created and removed by the system admin only. */
export const systemAdmin: Access = ({ req: { user } }) => hasRole(user, 'systemAdmin')

/** Roles are assigned by the security admin, and never by anyone to their own account. */
export const assignRoles: FieldAccess = ({ req: { user }, id }) =>
  hasRole(user, 'securityAdmin') && id !== user?.id
