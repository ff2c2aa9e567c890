// The guard of the plugin's endpoints for readers of the dictionary: check, check-document, accept, export.
import type { PayloadHandler } from 'payload'
import { problem } from '../../../cms/lib/http/problem.ts'
import type { ResolvedOptions } from '../types.ts'

/** Signed in (401), and allowed to read the dictionary (403); then the handler. */
export const forReaders =
  (options: ResolvedOptions, handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    if ((await options.read({ req })) === false)
      return problem(403, 'forbidden', '您无权使用内容检查')
    return handler(req)
  }

/** 400 for a collection the plugin does not check. */
export const notChecked = (collection: string) =>
  problem(400, 'not_checked', `“${collection}”不在内容检查范围内`)
