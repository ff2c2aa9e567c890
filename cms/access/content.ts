// Access rules shared by every published content collection.
import type { Access, Where } from 'payload'
import { hasRole, type Role } from './roles.ts'

/** Roles that write content (drafts). */
export const CONTENT_WRITERS: Role[] = ['editor', 'reviewer']
/** Roles that may publish or unpublish: content goes live only through review. */
export const PUBLISHERS: Role[] = ['reviewer']

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Anonymous and non-content staff see published documents only; writers see drafts too. */
export const publishedOrContentStaff: Access = ({ req: { user } }) =>
  hasRole(user, ...CONTENT_WRITERS) ? true : publishedOnly

export const contentWriter: Access = ({ req: { user } }) => hasRole(user, ...CONTENT_WRITERS)

export const publisher: Access = ({ req: { user } }) => hasRole(user, ...PUBLISHERS)

/** Reference data without drafts (columns, tags): everyone reads, writers edit. */
export const anyone: Access = () => true
