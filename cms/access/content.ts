// Access rules shared by every published content collection.
import type { Access, Where } from 'payload'
import { hasRole, type Role } from './roles.ts'

/** Roles that write content (drafts). Publishing goes through the review workflow (plugins/review-workflow). */
export const CONTENT_WRITERS: Role[] = ['editor', 'reviewer', 'approver']
/** Roles that may delete content. */
export const PUBLISHERS: Role[] = ['reviewer', 'approver']

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Anonymous and non-content staff see published documents only; writers see drafts too. */
export const publishedOrContentStaff: Access = ({ req: { user } }) =>
  hasRole(user, ...CONTENT_WRITERS) ? true : publishedOnly

/**
 * Media files: writers see every file; everyone else (anonymous readers, the portal build) only files that a
 * published document uses (lib/media/publications.ts) — a file attached only to a draft is not public.
 */
export const publicMediaOrContentStaff: Access = ({ req: { user } }) =>
  hasRole(user, ...CONTENT_WRITERS) ? true : { isPublic: { equals: true } }

export const contentWriter: Access = ({ req: { user } }) => hasRole(user, ...CONTENT_WRITERS)

export const publisher: Access = ({ req: { user } }) => hasRole(user, ...PUBLISHERS)

/** Reference data without drafts (columns, tags): everyone reads, writers edit. */
export const anyone: Access = () => true
