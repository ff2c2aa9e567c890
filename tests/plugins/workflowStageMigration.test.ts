// The migration that names a workflow state's `kind` `stage` renames the column and its enum in place: the
// states stored before it keep their values after it, and rolling it back restores them under the old name.
// Runs on its own scratch database holding the table as the review-workflow migration created it.
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { down, up } from '../../migrations/20261203_160855_workflow_state_stage.ts'

const DATABASE = 'haiqiao_workflow_stage'
let admin: pg.Client
let client: pg.Client

beforeAll(async () => {
  const { databaseUrl } = inject('haiqiao')
  admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  const url = new URL(databaseUrl)
  url.pathname = `/${DATABASE}`
  client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  // As 20261123_140246_review_workflow created them.
  await client.query(`
    CREATE TYPE "public"."enum_workflows_states_kind" AS ENUM('draft', 'review', 'published', 'unpublished');
    CREATE TABLE "workflows_states" (
      "_order" integer NOT NULL,
      "_parent_id" uuid NOT NULL,
      "id" varchar PRIMARY KEY NOT NULL,
      "key" varchar NOT NULL,
      "label" varchar NOT NULL,
      "kind" "enum_workflows_states_kind" DEFAULT 'review' NOT NULL
    );
    INSERT INTO "workflows_states" ("_order", "_parent_id", "id", "key", "label", "kind") VALUES
      (1, '00000000-0000-4000-8000-000000000001', 's1', 'draft', '草稿', 'draft'),
      (2, '00000000-0000-4000-8000-000000000001', 's2', 'first-review', '初审', 'review'),
      (3, '00000000-0000-4000-8000-000000000001', 's3', 'published', '已发布', 'published'),
      (4, '00000000-0000-4000-8000-000000000001', 's4', 'unpublished', '已撤销', 'unpublished');
  `)
})

afterAll(async () => {
  await client?.end()
  await admin?.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await admin?.end()
})

/** Each stored state as [key, value of `column`], and the enum type of that column. */
async function stored(column: 'kind' | 'stage') {
  const rows = await client.query<{ key: string; value: string }>(
    `SELECT "key", "${column}"::text AS value FROM "workflows_states" ORDER BY "_order"`,
  )
  const type = await client.query<{ udt_name: string }>(
    `SELECT udt_name FROM information_schema.columns WHERE table_name = 'workflows_states' AND column_name = $1`,
    [column],
  )
  return { states: rows.rows.map((row) => [row.key, row.value]), type: type.rows[0]?.udt_name }
}

const BEFORE = [
  ['draft', 'draft'],
  ['first-review', 'review'],
  ['published', 'published'],
  ['unpublished', 'unpublished'],
]

describe('迁移：流程状态的 kind 更名为 stage', () => {
  it('列与枚举就地更名，已保存的状态不丢失；回滚恢复原名', async () => {
    const db = drizzle(client)
    const args = { db, payload: undefined, req: undefined } as unknown as Parameters<typeof up>[0]
    await up(args)
    expect(await stored('stage')).toEqual({ states: BEFORE, type: 'enum_workflows_states_stage' })
    // A new state without a stage still gets the column's default.
    await client.query(
      `INSERT INTO "workflows_states" ("_order", "_parent_id", "id", "key", "label") VALUES (5, '00000000-0000-4000-8000-000000000001', 's5', 'final-review', '终审')`,
    )
    expect((await stored('stage')).states.at(-1)).toEqual(['final-review', 'review'])

    await down(args as unknown as Parameters<typeof down>[0])
    expect(await stored('kind')).toEqual({
      states: [...BEFORE, ['final-review', 'review']],
      type: 'enum_workflows_states_kind',
    })
  })
})
