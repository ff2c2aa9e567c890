// POST /api/content-safety/import { filename, content (base64), listType?, source? }: whoever may manage the
// dictionary loads a txt, csv or xlsx file (format.ts). The file is checked as a whole first: one bad line
// refuses it (400 invalid_rows, with the line numbers) and nothing is written. Entries are matched by word:
// new ones are added, changed ones updated (a new version each), the rest left alone — in one transaction.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { inTransaction } from '../../../../cms/lib/db/sql.ts'
import { parseBody } from '../../../../cms/lib/http/parseBody.ts'
import { problem } from '../../../../cms/lib/http/problem.ts'
import { WORDS } from '../../collections/words.ts'
import { LIST_TYPE_NAMES, type ListType } from '../../engine/terms.ts'
import type { ResolvedOptions } from '../../types.ts'
import { MAX_FILE, type Row } from './format.ts'
import { cellsOf, rowsOf } from './read.ts'

const importInput = z.object({
  filename: z.string({ error: '请提供文件名 filename' }).min(1, '请提供文件名 filename').max(200),
  content: z
    .string({ error: '请提供文件内容 content（base64）' })
    .min(1, '文件是空的')
    .max(Math.ceil((MAX_FILE * 4) / 3) + 4, '文件不能超过 5 MB'),
  listType: z.string().optional(),
  source: z.string().max(200).optional(),
})

const same = (a: Record<string, unknown>, b: Row) =>
  (['listType', 'category', 'level', 'replacement', 'note'] as const).every(
    (key) => (a[key] ?? null) === (b[key] ?? null),
  ) &&
  Boolean(a.pinyin) === b.pinyin &&
  Boolean(a.homophones) === b.homophones

type Counts = { created: number; updated: number; unchanged: number }

async function importRows(req: PayloadRequest, rows: Row[]): Promise<Counts> {
  const collection = WORDS as 'sensitive-words'
  return inTransaction(req, async () => {
    const { docs } = await req.payload.find({
      collection,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    type Existing = Record<string, unknown> & { id: string; word: string }
    const existing = new Map((docs as unknown as Existing[]).map((doc) => [doc.word, doc]))
    const counts: Counts = { created: 0, updated: 0, unchanged: 0 }
    for (const row of rows) {
      const current = existing.get(row.word)
      if (!current) {
        await req.payload.create({ collection, data: row as never, req, overrideAccess: true })
        counts.created++
      } else if (!same(current, row)) {
        const id = current.id
        await req.payload.update({ collection, id, data: row as never, req, overrideAccess: true })
        counts.updated++
      } else counts.unchanged++
    }
    return counts
  })
}

/** The file's table cells, or the 400 answer for a file that cannot be read. */
async function readCells(filename: string, content: string): Promise<string[][] | Response> {
  try {
    return await cellsOf(filename, Buffer.from(content, 'base64'))
  } catch (error) {
    return problem(
      400,
      'unreadable_file',
      error instanceof Error && /只支持/.test(error.message)
        ? error.message
        : '无法读取文件：请确认是 UTF-8 编码的 txt/csv，或 Excel 的 xlsx 文件',
    )
  }
}

const refused = (problems: string[]) =>
  Response.json(
    {
      error: {
        code: 'invalid_rows',
        message: `文件有 ${problems.length} 处问题，未导入任何词条：${problems.slice(0, 5).join('；')}${problems.length > 5 ? '……' : ''}`,
        details: problems.slice(0, 100),
      },
    },
    { status: 400 },
  )

export const importEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/content-safety/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    if ((await options.manage({ req })) !== true)
      return problem(403, 'forbidden', '只有安全管理员可以导入词库')
    const input = await parseBody(req, importInput, {
      maxBytes: Math.ceil((MAX_FILE * 4) / 3) + 64 * 1024,
      sizeNote: '文件不能超过 5 MB',
    })
    if (input instanceof Response) return input
    const listType = (input.listType ?? 'word') as ListType
    if (!Object.hasOwn(LIST_TYPE_NAMES, listType))
      return problem(400, 'invalid_list_type', `默认类型“${listType}”无效`)
    const cells = await readCells(input.filename, input.content)
    if (cells instanceof Response) return cells
    const source =
      input.source?.trim() || `导入：${input.filename}（${new Date().toISOString().slice(0, 10)}）`
    const { rows, problems } = rowsOf(cells, { listType, source })
    if (problems.length) return refused(problems)
    return Response.json(await importRows(req, rows))
  },
})
