// POST /api/content-safety/accept { collection, id, key }: an editor who may read the dictionary marks a
// suspected typo of a saved document as no error here (only that document; collection `safety-acceptances`).
// 404 no such document or finding in the saved version, 403 a finding an editor may not accept.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { findDraftAsRequester } from '../../../cms/lib/draftAsRequester.ts'
import { parseBody } from '../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import { ACCEPTANCES } from '../collections/acceptances.ts'
import { acceptable } from '../engine/terms.ts'
import type { ResolvedOptions } from '../types.ts'
import { checkDocument, type DocumentFinding } from '../utilities/document.ts'
import { forReaders, notChecked } from './forReaders.ts'

const acceptInput = z.object({
  collection: z.string({ error: '请指定内容类型 collection' }).min(1),
  id: z.string({ error: '请指定文档 id' }).min(1, '请指定文档 id'),
  key: z.string({ error: '请指定要确认的检查结果 key' }).min(1).max(200),
})

type Accepted = { collection: string; id: string; key: string; finding: DocumentFinding }

const record = (req: PayloadRequest, { collection, id, key, finding }: Accepted) =>
  req.payload.create({
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

/** `checked`: the collections whose documents may be checked (the plugin's collections and forms). */
export const acceptEndpoint = (options: ResolvedOptions, checked: Set<string>): Endpoint => ({
  path: '/content-safety/accept',
  method: 'post',
  handler: forReaders(options, async (req) => {
    const input = await parseBody(req, acceptInput)
    if (input instanceof Response) return input
    const { collection, id, key } = input
    if (!checked.has(collection)) return notChecked(collection)
    const doc = await findDraftAsRequester(req, collection, id)
    if (!doc) return problem(404, 'not_found', '文档不存在或您无权查看')
    // Checked against the saved version: what is accepted is a finding the document really has.
    const { findings } = await checkDocument(req, collection, id, doc)
    const finding = findings.find((f) => f.key === key)
    if (!finding)
      return problem(404, 'no_finding', '文档的已保存版本中没有这条检查结果：请先保存，再确认')
    if (!acceptable(finding))
      return problem(
        403,
        'not_acceptable',
        '只有疑似错别字可以由编辑确认为“不是错误”；敏感词、保护词等须修改内容或由审核人在流转时确认',
      )
    if (!finding.accepted) await record(req, { collection, id, key, finding })
    return Response.json({ accepted: key })
  }),
})
