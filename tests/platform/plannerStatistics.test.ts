// List reads stay index walks after a bulk load (issue 16 §6): the seed leaves planner statistics, so
// PostgreSQL knows how many documents of each publishable collection are public, and every start gathers
// them for tables that have none (a restored database). Without them it estimated one row for
// `_status = 'published' AND deleted_at IS NULL` and joined the relationship rows of every stored document
// before sorting them for one page. The checks read the planner's estimate, not a time.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { collections } from '../../cms/collections/index.ts'
import { tableOf } from '../../cms/lib/db/sql.ts'
import { analyzeTablesWithoutStatistics } from '../../cms/lib/db/statistics.ts'

const publishable = collections
  .filter((c) => typeof c.versions === 'object' && c.versions.drafts)
  .map((c) => c.slug)
const PUBLIC_LIST = `_status = 'published' AND deleted_at IS NULL`

let client: pg.Client
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('haiqiao').databaseUrl })
  await client.connect()
})
afterAll(() => client.end())

/** The planner's row estimate for the rows matching `where` in `table`. */
async function estimatedRows(table: string, where: string): Promise<number> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    `EXPLAIN (FORMAT JSON) SELECT id FROM "${table}" WHERE ${where}`,
  )
  return rows[0]!['QUERY PLAN'][0].Plan['Plan Rows']
}

describe('规划器统计（批量写入后列表查询走索引）', () => {
  it('每个有草稿的集合：公开文档数的估计与实际同一量级', async () => {
    const checked: string[] = []
    const misjudged: string[] = []
    for (const table of publishable.map(tableOf)) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE ${PUBLIC_LIST}`,
      )
      const actual = rows[0]!.n
      // Collections the seed fills: a near-empty table has nothing to mis-plan.
      if (actual < 10) continue
      checked.push(table)
      const estimate = await estimatedRows(table, PUBLIC_LIST)
      if (estimate < actual / 2) misjudged.push(`${table}: 估计 ${estimate}，实际 ${actual}`)
    }
    expect(checked).toEqual(expect.arrayContaining(['articles', 'risk_alerts', 'trainings']))
    expect(misjudged).toEqual([])
  })

  it('启动时为没有统计信息的表收集统计（如从备份恢复的数据库）', async () => {
    const table = `planner_probe_${process.pid}`
    await client.query(`DROP TABLE IF EXISTS ${table}`)
    await client.query(
      `CREATE TABLE ${table} AS SELECT g AS id, CASE WHEN g % 2 = 0 THEN 'published' ELSE 'draft' END AS _status, NULL::timestamptz AS deleted_at FROM generate_series(1, 400) g`,
    )
    try {
      expect(await estimatedRows(table, PUBLIC_LIST)).toBeLessThan(100)
      expect(await analyzeTablesWithoutStatistics(client)).toContain(`public.${table}`)
      expect(await estimatedRows(table, PUBLIC_LIST)).toBeGreaterThanOrEqual(100)
      // Tables that have statistics are left to autovacuum.
      expect(await analyzeTablesWithoutStatistics(client)).not.toContain(`public.${table}`)
    } finally {
      await client.query(`DROP TABLE IF EXISTS ${table}`)
    }
  })
})
