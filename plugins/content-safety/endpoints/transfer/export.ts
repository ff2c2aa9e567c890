// GET /api/content-safety/export?format=xlsx|csv|txt&listType=<list type>: the dictionary (or one of its lists)
// as a file, for whoever may read the dictionary (forReaders). 400 invalid_format / invalid_list_type.
import type { Endpoint } from 'payload'
import { problem } from '../../../../cms/lib/http/problem.ts'
import { WORDS } from '../../collections/words.ts'
import { LIST_TYPE_NAMES, type ListType } from '../../engine/terms.ts'
import type { ResolvedOptions } from '../../types.ts'
import { forReaders } from '../forReaders.ts'
import type { Row } from './format.ts'
import { fileResponse, type FileFormat } from './write.ts'

const FORMATS: FileFormat[] = ['xlsx', 'csv', 'txt']

export const exportEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/content-safety/export',
  method: 'get',
  handler: forReaders(options, async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const format = (url.searchParams.get('format') ?? 'xlsx') as FileFormat
    const listType = url.searchParams.get('listType') || null
    if (!FORMATS.includes(format))
      return problem(400, 'invalid_format', '导出格式只能是 xlsx、csv 或 txt')
    if (listType && !Object.hasOwn(LIST_TYPE_NAMES, listType))
      return problem(400, 'invalid_list_type', `类型“${listType}”无效`)
    const { docs } = await req.payload.find({
      collection: WORDS as 'sensitive-words',
      pagination: false,
      depth: 0,
      req,
      overrideAccess: false,
      sort: 'word',
      where: listType ? { listType: { equals: listType } } : undefined,
    })
    const stamp = new Date().toISOString().slice(0, 10)
    const name = `内容安全词库-${listType ? LIST_TYPE_NAMES[listType as ListType] : '全部'}-${stamp}.${format}`
    return fileResponse(docs as unknown as Row[], format, name)
  }),
})
