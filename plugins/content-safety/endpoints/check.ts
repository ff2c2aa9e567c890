// The plugin's check endpoints, for signed-in staff who may read the dictionary (options.read):
//   POST /api/content-safety/check           { text, context? }        any text (editors, the site's endpoints)
//   POST /api/content-safety/check-document  { collection, id?, data } a document as being edited, by field
//   POST /api/content-safety/accept          { collection, id, key }   a suspected typo is not an error here
// Import and export are in transfer.ts, behind the same guard.
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import { currentChecker } from '../utilities/dictionary.ts'
import { ACCEPTANCES, checkDocument } from '../utilities/document.ts'
import { acceptable } from '../engine/terms.ts'
import type { ResolvedOptions } from '../types.ts'

const MAX_TEXT = 1_000_000

/** Signed in (401), and allowed to read the dictionary (403); then the handler. */
export const forReaders =
  (options: ResolvedOptions, handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    if ((await options.read({ req })) === false)
      return problem(403, 'forbidden', '您无权使用内容检查')
    return handler(req)
  }

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

const acceptInput = z.object({
  collection: z.string({ error: '请指定内容类型 collection' }).min(1),
  id: z.string({ error: '请指定文档 id' }).min(1, '请指定文档 id'),
  key: z.string({ error: '请指定要确认的检查结果 key' }).min(1).max(200),
})

/** Who may check a document: whoever can read it (the unsaved form of a new one: whoever can create one). */
async function mayCheck(
  req: PayloadRequest,
  collection: string,
  id: string | undefined,
): Promise<boolean> {
  if (id)
    return Boolean(
      await req.payload.findByID({
        collection: collection as 'articles',
        id,
        draft: true,
        depth: 0,
        req,
        overrideAccess: false,
        disableErrors: true,
        select: { id: true } as never,
      }),
    )
  const create = req.payload.collections[collection as 'articles']?.config.access.create
  return Boolean(create && (await create({ req } as never)))
}

export function checkEndpoints(options: ResolvedOptions, checked: Set<string>): Endpoint[] {
  const notChecked = (collection: string) =>
    problem(400, 'not_checked', `“${collection}”不在内容检查范围内`)
  return [
    {
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
    },
    {
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
    },
    {
      path: '/content-safety/accept',
      method: 'post',
      handler: forReaders(options, async (req) => {
        const input = await parseBody(req, acceptInput)
        if (input instanceof Response) return input
        const { collection, id, key } = input
        if (!checked.has(collection)) return notChecked(collection)
        const doc = (await req.payload.findByID({
          collection: collection as 'articles',
          id,
          draft: true,
          depth: 0,
          req,
          overrideAccess: false,
          disableErrors: true,
        })) as Record<string, unknown> | null
        if (!doc) return problem(404, 'not_found', '文档不存在或您无权查看')
        // Checked against the saved version: what is accepted is a finding the document really has.
        const finding = (await checkDocument(req, collection, id, doc)).findings.find(
          (f) => f.key === key,
        )
        if (!finding)
          return problem(404, 'no_finding', '文档的已保存版本中没有这条检查结果：请先保存，再确认')
        if (!acceptable(finding))
          return problem(
            403,
            'not_acceptable',
            '只有疑似错别字可以由编辑确认为“不是错误”；敏感词、保护词等须修改内容或由审核人在流转时确认',
          )
        if (!finding.accepted) {
          await req.payload.create({
            collection: ACCEPTANCES as 'safety-acceptances',
            data: {
              collectionSlug: collection,
              documentId: id,
              key,
              found: finding.found,
              suggestion: finding.suggestion ?? null,
              acceptedBy: req.user!.id,
            } as never,
            req,
            overrideAccess: true,
          })
        }
        return Response.json({ accepted: key })
      }),
    },
  ]
}
