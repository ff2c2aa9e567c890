// 工作人员账号: the one auth collection for all staff; roles follow 三权分立.
import type { CollectionConfig, FieldAccess } from 'payload'
import { nobody } from '../../lib/access.ts'
import { assignRoles, ownAccountOrAdmins, systemAdmin } from '../../access/staff.ts'
import { hasRole, ROLES, ROLES_EN, SEPARATED_ADMIN_ROLES, type Role } from '../../access/roles.ts'
import { label } from '../../lib/label.ts'
import { GROUPS } from '../groups.ts'
import { loginEndpoints } from './endpoints/login/index.ts'
import { resetMfaEndpoint } from './endpoints/resetMfa.ts'
import { setupEndpoints } from './endpoints/setup.ts'
import {
  checkRolesIntegrity,
  CURRENT_PASSWORD,
  markRoleChange,
  storeCredentials,
  takeNewPassword,
} from './hooks/credentials.ts'
import { auditUnlock, refuseUnlock } from './hooks/auditUnlock.ts'
import { limitOwnEdits } from './hooks/limitOwnEdits.ts'
import { limitSecurityAdminEdits } from './hooks/limitSecurityAdminEdits.ts'
import { capRefresh, refuseLocalPasswordOperations } from './hooks/sessionLimits.ts'
import { IDENTITY_POLICY } from '../../lib/auth/policy.ts'
import { problem } from '../../lib/http/problem.ts'
import { personalData } from '../../lib/personal/personalData.ts'

const NO_API_WRITE = { create: nobody, update: nobody }
const SYSTEM_MANAGED = {
  admin: {
    position: 'sidebar' as const,
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' as const },
  },
  access: NO_API_WRITE,
}
const systemAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'systemAdmin')

const staffAccounts: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('工作人员', 'Staff member'), plural: label('工作人员', 'Staff') },
  admin: {
    group: GROUPS.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'phone', 'roles', 'lastLoginAt'],
  },
  // Payload's maxLoginAttempts/lockTime are kept for their loginAttempts/lockUntil columns and its admin
  // unlock; counting and locking are done by our login endpoints (recordLoginFailure).
  auth: {
    tokenExpiration: IDENTITY_POLICY.idleSeconds,
    maxLoginAttempts: IDENTITY_POLICY.maxFailures,
    lockTime: IDENTITY_POLICY.lockMinutes * 60 * 1000,
    useSessions: true,
    cookies: { sameSite: 'Strict', secure: process.env.COOKIE_SECURE === 'true' },
  },
  endpoints: [
    ...loginEndpoints,
    ...setupEndpoints,
    resetMfaEndpoint,
    {
      path: '/first-register',
      method: 'post',
      handler: () => problem(403, 'use_setup', '请在登录页使用初始化码创建第一个系统管理员'),
    },
    // Staff accounts are created by the system admin, never self-registered: there is no address to verify.
    {
      path: '/verify/:token',
      method: 'post',
      handler: () => problem(404, 'no_email_verification', '本系统不使用邮箱验证链接'),
    },
  ],
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    read: ownAccountOrAdmins,
    create: systemAdmin,
    update: ownAccountOrAdmins,
    delete: systemAdmin,
    // No versions of accounts are kept; unlocking belongs to the system admin (and is audited: auditUnlock.ts).
    readVersions: nobody,
    unlock: systemAdmin,
  },
  hooks: {
    beforeOperation: [refuseLocalPasswordOperations, refuseUnlock, takeNewPassword],
    afterOperation: [auditUnlock],
    beforeChange: [limitSecurityAdminEdits, limitOwnEdits, markRoleChange],
    afterChange: [storeCredentials],
    beforeRead: [checkRolesIntegrity],
    refresh: [capRefresh],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 40, label: label('姓名', 'Name') },
    { name: 'department', type: 'text', label: label('部门', 'Department') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('角色', 'Roles'),
      options: (Object.keys(ROLES) as Role[]).map((value) => ({
        value,
        label: label(ROLES[value], ROLES_EN[value]),
      })),
      access: { create: assignRoles, update: assignRoles },
      validate: (value: string[] | null | undefined) => {
        const admins = (value ?? []).filter((role) => SEPARATED_ADMIN_ROLES.includes(role as Role))
        return admins.length <= 1
          ? true
          : '三权分立：系统管理员、安全管理员、审计管理员不能由同一账号兼任'
      },
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      label: label('下次登录须修改密码', 'Must change password at next login'),
      admin: { position: 'sidebar' },
      access: { create: systemAdminField, update: systemAdminField },
    },
    // Changing one's own password takes the current one (REST, GraphQL and Local API alike); never stored.
    {
      name: CURRENT_PASSWORD,
      type: 'text',
      virtual: true,
      maxLength: 200,
      label: label('当前密码（修改本人密码时填写）', 'Current password (to change your own)'),
      access: { read: () => false },
      admin: {
        readOnly: false,
        components: { Field: '/components/auth/CurrentPasswordField.tsx#CurrentPasswordField' },
      },
    },
    {
      name: 'passwordChangedAt',
      type: 'date',
      label: label('密码修改时间', 'Password changed'),
      ...SYSTEM_MANAGED,
    },
    {
      name: 'lastLoginAt',
      type: 'date',
      label: label('最近登录时间', 'Last login'),
      ...SYSTEM_MANAGED,
    },
    {
      name: 'mfaEnabledAt',
      type: 'date',
      label: label('双因素认证启用时间', 'Two-factor enabled'),
      ...SYSTEM_MANAGED,
    },
    // Written only by the login and credential code (lib/auth/userRow.ts), never through the API; never returned.
    { name: 'passwordHash', type: 'text', hidden: true, access: NO_API_WRITE },
    { name: 'passwordHistory', type: 'json', hidden: true, access: NO_API_WRITE },
    { name: 'mfaSecret', type: 'text', hidden: true, access: NO_API_WRITE },
    { name: 'mfaLastStep', type: 'number', hidden: true, access: NO_API_WRITE },
    { name: 'recoveryCodes', type: 'json', hidden: true, access: NO_API_WRITE },
    { name: 'rolesTag', type: 'text', hidden: true, access: NO_API_WRITE },
  ],
}

/** The mobile number is personal data: encrypted, masked, shown in clear only to the system admin and the owner. */
export const Users = personalData(
  staffAccounts,
  [{ name: 'phone', dataType: 'mobile', label: label('手机号码', 'Mobile') }],
  (req, doc) => hasRole(req.user, 'systemAdmin') || req.user?.id === doc.id,
)
