// Access for public forms: a create is allowed to the request the public-form endpoint verified as coming
// from the portal for a visitor (cms/lib/http/publicForm.ts), or to the staff roles given. Anonymous callers
// of any other route (REST, GraphQL) are refused.
import type { Access } from 'payload'
import { portalVisitor } from '../lib/http/clientIp.ts'
import { hasRole, type Role } from './roles.ts'

export const portalSubmissionOr =
  (...roles: Role[]): Access =>
  ({ req }) =>
    portalVisitor(req) !== undefined || hasRole(req.user, ...roles)
