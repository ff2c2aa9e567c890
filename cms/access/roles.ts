// Staff roles and the one helper every access rule uses to read them.
import type { User } from '../../payload-types.ts'

export const ROLES = {
  editor: '编辑',
  reviewer: '审核员',
  approver: '签发人',
  serviceStaff: '服务人员',
  systemAdmin: '系统管理员',
  securityAdmin: '安全管理员',
  auditAdmin: '审计管理员',
} as const

export type Role = keyof typeof ROLES

/** English names, for the admin UI's second language. */
export const ROLES_EN: Record<Role, string> = {
  editor: 'Editor',
  reviewer: 'Reviewer',
  approver: 'Approver (final review)',
  serviceStaff: 'Service staff',
  systemAdmin: 'System admin',
  securityAdmin: 'Security admin',
  auditAdmin: 'Audit admin',
}

/** The three administrator roles of 三权分立: no account may hold two of them. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['systemAdmin', 'securityAdmin', 'auditAdmin']

type MaybeUser = Pick<User, 'roles'> | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
