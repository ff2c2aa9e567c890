// Staff keep their own profile (name, department, mobile) up to date, but not what identifies the account:
// the e-mail they sign in with is changed by the system admin only. Roles, lock, sessions and the second
// factor are closed to the API by field access; the password needs the current one (credentials.ts).
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../../payload-types.ts'

const normalised = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : (value ?? null)

export const limitOwnEdits: CollectionBeforeChangeHook<User> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (
    operation !== 'update' ||
    !req.user ||
    !originalDoc ||
    String(req.user.id) !== String(originalDoc.id)
  )
    return data
  if ('email' in data && normalised(data.email) !== normalised(originalDoc.email)) {
    throw new APIError(
      '登录邮箱不能由本人修改，请联系系统管理员',
      403,
      { code: 'own_email_locked' },
      true,
    )
  }
  return data
}
