'use client'
// 当前密码: asked for on one's own account beside Payload's "change password" fields; the server refuses a new
// password of one's own without it (collections/Users/hooks/credentials.ts). Hidden on other accounts.
import { PasswordField, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  if (!user || id === undefined || String(user.id) !== String(id)) return null
  return <PasswordField field={field} path={path ?? field.name} autoComplete="current-password" />
}
