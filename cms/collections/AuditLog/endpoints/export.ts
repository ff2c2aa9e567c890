// GET /api/audit-log/export?from=YYYY-MM-DD&to=YYYY-MM-DD — the audit admin downloads the records of a period
// as CSV (UTF-8 with BOM, for Excel), with each record's chain hash so the copy can be checked against the
// chain. The export itself is an audited event.
import type { Endpoint } from 'payload'
import { z } from 'zod'
import { hasRole } from '../../../access/roles.ts'
import {
  AUDIT_COLUMNS,
  auditPool,
  requestContext,
  writeAudit,
} from '../../../lib/audit/writeAudit.ts'
import { cleanText } from '../../../../contracts/text/index.ts'
import { problem } from '../../../lib/http/problem.ts'

const MAX_DAYS = 366
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const query = z
  .object({ from: day, to: day })
  .refine(({ from, to }) => from <= to, { message: '开始日期不能晚于结束日期' })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 <= MAX_DAYS, {
    message: `一次最多导出 ${MAX_DAYS} 天`,
  })

/** Headings for AUDIT_COLUMNS, in the same order. */
const HEADINGS = [
  '序号',
  '时间',
  '事件',
  '结果',
  '操作人',
  '角色',
  '会话',
  '来源IP',
  '客户端',
  '对象类型',
  '对象',
  '原因',
  '请求编号',
  '变更前摘要',
  '变更后摘要',
  '前一哈希',
  '本条哈希',
]

/**
 * RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never evaluates a cell. A control
 * character stored before text was cleaned on write is shown as [U+000B], not hidden (contracts/text).
 */
const cell = (value: unknown) => {
  const text = cleanText(value instanceof Date ? value.toISOString() : String(value ?? ''), {
    unsafe: 'mark',
  })
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'auditAdmin'))
      return problem(403, 'forbidden', '只有审计管理员可以导出审计日志')
    const parsed = query.safeParse({
      from: req.searchParams.get('from'),
      to: req.searchParams.get('to'),
    })
    if (!parsed.success)
      return problem(
        400,
        'invalid_period',
        parsed.error.issues[0]?.message ?? '请提供 from 与 to 日期',
      )
    const { from, to } = parsed.data
    const { rows } = await auditPool(req.payload).query(
      `SELECT ${AUDIT_COLUMNS.join(', ')} FROM audit_log WHERE at >= $1::date AND at < $2::date + 1 ORDER BY seq`,
      [from, to],
    )
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'audit.export',
      result: 'success',
      objectType: 'audit-log',
      reason: `${from} 至 ${to}，${rows.length} 条`,
    })
    const csv = [
      HEADINGS.join(','),
      ...rows.map((row: Record<string, unknown>) =>
        AUDIT_COLUMNS.map((column) => cell(row[column])).join(','),
      ),
    ].join('\r\n')
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${from}-${to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
