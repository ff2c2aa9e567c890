// The parts every workflow message shares: the link to the document, the collection's name, the footer.
import type { PayloadRequest } from 'payload'
import { collectionLabel } from '../../../cms/lib/label.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'

export const FOOTER = '——\n此邮件由海桥内容管理系统自动发送，请勿直接回复。'

/** The document's page in the admin (options.adminUrl, else the config's serverURL). */
export function documentLink(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  id: string,
): string {
  const base = (options.adminUrl ?? req.payload.config.serverURL ?? '').replace(/\/$/, '')
  return `${base}${req.payload.config.routes.admin}/collections/${collection}/${id}`
}

/** The collection's singular label (e.g. 文章), or its slug. */
export function singularLabel(req: PayloadRequest, collection: string): string {
  const config = req.payload.collections[collection as 'articles']?.config
  return config ? collectionLabel(config, 'singular') : collection
}
