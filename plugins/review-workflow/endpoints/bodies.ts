// The request bodies of the workflow's endpoints, with the Chinese messages a bad one is answered with.
import { z } from 'zod'

const key = z.string().trim().min(1, '请指定要执行的流转').max(40)
const comment = z.string().max(2000, '意见不能超过 2000 字').nullish()
const version = z
  .string({ error: '缺少文档版本（version，即打开文档时的 updatedAt）' })
  .min(1, '缺少文档版本（version）')

/** POST /api/<collection>/:id/transition */
export const transitionBody = z.object({
  transition: key,
  version,
  comment,
  assignees: z.array(z.string().min(1)).max(20).optional(),
  at: z.string().min(1, '定时时间格式不正确').optional(),
  override: z.boolean().optional(),
})

/** POST /api/workflows/:id/move-documents */
export const moveBody = z.object({
  collection: z.string().min(1, '请指定内容类型 collection'),
  from: z.string().min(1, '请指定原状态 from'),
  to: z.string().min(1, '请指定目标状态 to'),
  comment: z
    .string({ error: '请说明移动原因（comment）' })
    .trim()
    .min(1, '请说明移动原因（comment）')
    .max(2000),
})

/** POST /api/<collection>/transition */
export const bulkBody = z.object({
  transition: key,
  comment,
  documents: z
    .array(z.object({ id: z.string().min(1), version }), {
      error: '请提供要流转的文档列表 documents',
    })
    .min(1, '请至少选择一篇文档')
    .max(100, '一次最多流转 100 篇文档'),
})
