// 工作人员账号: the one auth collection for all staff; roles follow 三权分立.
import type { CollectionConfig } from 'payload'
import { assignRoles, readStaff, systemAdmin, updateStaff } from '../../access/staff.ts'
import { ROLES, SEPARATED_ADMIN_ROLES, type Role } from '../../access/roles.ts'
import { label } from '../../fields/label.ts'
import { GROUPS } from '../groups.ts'
import { limitSecurityAdminEdits } from './hooks/limitSecurityAdminEdits.ts'

const ROLE_EN: Record<Role, string> = {
  editor: 'Editor',
  reviewer: 'Reviewer',
  serviceStaff: 'Service staff',
  systemAdmin: 'System admin',
  securityAdmin: 'Security admin',
  auditAdmin: 'Audit admin',
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('工作人员', 'Staff member'), plural: label('工作人员', 'Staff') },
  admin: { group: GROUPS.system, useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'updatedAt'] },
  auth: {
    tokenExpiration: 30 * 60,
    maxLoginAttempts: 5,
    lockTime: 30 * 60 * 1000,
    cookies: { sameSite: 'Strict', secure: process.env.COOKIE_SECURE === 'true' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    read: readStaff,
    create: systemAdmin,
    update: updateStaff,
    delete: systemAdmin,
  },
  hooks: { beforeChange: [limitSecurityAdminEdits] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 40, label: label('姓名', 'Name') },
    { name: 'department', type: 'text', label: label('部门', 'Department') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('角色', 'Roles'),
      options: (Object.keys(ROLES) as Role[]).map((value) => ({ value, label: label(ROLES[value], ROLE_EN[value]) })),
      access: { create: assignRoles, update: assignRoles },
      validate: (value: string[] | null | undefined) => {
        const admins = (value ?? []).filter((role) => SEPARATED_ADMIN_ROLES.includes(role as Role))
        return admins.length <= 1 ? true : '三权分立：系统管理员、安全管理员、审计管理员不能由同一账号兼任'
      },
    },
  ],
}
