// The plugin's check endpoints, for signed-in staff who may read the dictionary (options.read):
//   POST /api/content-safety/check           { text, context? }        any text (editors, the site's endpoints)
//   POST /api/content-safety/check-document  { collection, id?, data } a document as being edited, by field
// Accepting a finding is in accept.ts, import and export in transfer/, behind the same guard.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { findDraftAsRequester } from '../../../cms/lib/draftAsRequester.ts'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import type { ResolvedOptions } from '../types.ts'
import { currentChecker } from '../utilities/dictionary.ts'
import { checkDocument } from '../utilities/document.ts'
import { forReaders, notChecked } from './forReaders.ts'

const MAX_TEXT = 1_000_000

const checkInput = z.object({
  text: z
    .string({ error: '请提供要检查的文本 text' })
    .max(MAX_TEXT, `文本不能超过 ${MAX_TEXT} 个字符`),
  context: z.number().int().min(0).max(100).optional(),
})

const documentInput = z.object({
  collection: z.string({ error: '请指定内容类型 collection' }).min(1, '请指定内容类型 collection'),
  id: z.string().min(1).optional(),
  data: z.record(z.string(), z.unknown(), { error: '请提供文档内容 data' }),
})

/** Who may check a document: whoever can read it (the unsaved form of a new one: whoever can create one). */
async function mayCheck(
  req: PayloadRequest,
  collection: string,
  id: string | undefined,
): Promise<boolean> {
  if (id) return Boolean(await findDraftAsRequester(req, collection, id, { id: true }))
  const create = req.payload.collections[collection as 'articles']?.config.access.create
  return Boolean(create && (await create({ req } as never)))
}

export const checkTextEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/content-safety/check',
  method: 'post',
  handler: forReaders(options, async (req) => {
    const input = await parseBody(req, checkInput, { maxBytes: 4 * MAX_TEXT })
    if (input instanceof Response) return input
    const { checker, version } = await currentChecker(req)
    return Response.json({
      findings: checker.check(input.text, input.context ?? 10),
      dictionary: { entries: checker.size, version },
    })
  }),
})

/** `checked`: the collections whose documents may be checked (the plugin's collections and forms). */
export const checkDocumentEndpoint = (
  options: ResolvedOptions,
  checked: Set<string>,
): Endpoint => ({
  path: '/content-safety/check-document',
  method: 'post',
  handler: forReaders(options, async (req) => {
    const input = await parseBody(req, documentInput, { maxBytes: 4 * MAX_TEXT })
    if (input instanceof Response) return input
    const { collection, id, data } = input
    if (!checked.has(collection)) return notChecked(collection)
    if (!(await mayCheck(req, collection, id)))
      return problem(403, 'forbidden', '文档不存在或您无权查看')
    return Response.json(await checkDocument(req, collection, id, data))
  }),
})
