// Migrations keep what is stored. On a fresh database every migration runs in order; a value written under
// a field's old name before a renaming migration reads back unchanged under the new name after its `up`,
// and under the old name again after its `down`. A migration that dropped and re-created the column (what
// `migrate:create` writes by default for a rename) loses the value and fails here. Documents published
// before a migration that rebuilds data from them (the media publication index) are read with today's
// config at that point of the history, so the rebuild must not read columns a later migration renames.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { migrations } from '../../migrations/index.ts'
import { closePayload, openPayload } from '../../scripts/lib/payloadInstance.ts'
import '../support/context.ts'

type Migration = (typeof migrations)[number]
type Db = Payload['db']['drizzle']

/** A stored value: the row is inserted by `insert` (values under the old column name) before the rename. */
type Kept = { table: string; before: string; after: string; value: string; insert: string }

const RENAMES: Record<string, Kept[]> = {
  '20261203_160500_stored_field_names': [
    {
      table: 'projects',
      before: 'kind',
      after: 'cooperation_type',
      value: 'engineering',
      insert: `INSERT INTO projects (kind) VALUES ('engineering')`,
    },
    {
      table: '_projects_v',
      before: 'version_kind',
      after: 'version_cooperation_type',
      value: 'trade',
      insert: `INSERT INTO _projects_v (version_kind) VALUES ('trade')`,
    },
    {
      table: 'risk_alerts',
      before: 'kind',
      after: 'risk_type',
      value: 'disaster',
      insert: `INSERT INTO risk_alerts (kind) VALUES ('disaster')`,
    },
    {
      table: 'courseware',
      before: 'kind',
      after: 'format',
      value: 'document',
      insert: `INSERT INTO courseware (kind) VALUES ('document')`,
    },
    {
      table: 'messages',
      before: 'kind',
      after: 'event_type',
      value: 'workflow.reminder',
      insert: `INSERT INTO messages (channel, subject, body, status, attempts, next_attempt_at, kind)
        VALUES ('email', '催办', '正文', 'queued', 0, now(), 'workflow.reminder')`,
    },
  ],
  '20261203_160855_workflow_state_stage': [
    {
      table: 'workflows_states',
      before: 'kind',
      after: 'stage',
      value: 'unpublished',
      insert: `WITH w AS (INSERT INTO workflows (name) VALUES ('迁移测试流程') RETURNING id)
        INSERT INTO workflows_states (_order, _parent_id, id, key, label, kind)
        SELECT 1, w.id, 'migration-test', 'withdrawn', '已撤销', 'unpublished' FROM w`,
    },
  ],
  '20261203_162810_safety_list_type': [
    {
      table: 'sensitive_words',
      before: 'kind',
      after: 'list_type',
      value: 'protected',
      insert: `INSERT INTO sensitive_words (word, kind) VALUES ('迁移测试保护词', 'protected')`,
    },
    {
      table: '_sensitive_words_v',
      before: 'version_kind',
      after: 'version_list_type',
      value: 'typo',
      insert: `INSERT INTO _sensitive_words_v (version_word, version_kind) VALUES ('迁移测试错字', 'typo')`,
    },
  ],
}

/** Rows already stored when a migration runs (inserted just before it, under the schema of that time). */
const EXISTING: Record<string, string[]> = {
  '20261203_080247_media_publication': [
    `WITH m AS (INSERT INTO media (alt, filename) VALUES ('迁移前的封面', 'cover-before-migration.png') RETURNING id)
      INSERT INTO articles (title, _status, cover_id) SELECT '迁移前已发布的文章', 'published', m.id FROM m`,
    `INSERT INTO projects (title, _status) VALUES ('迁移前已发布的项目', 'published')`,
  ],
}

/** The values of `column` in `table` that are set, sorted. */
async function valuesOf(db: Db, table: string, column: string): Promise<string[]> {
  const result = await db.execute(
    sql.raw(
      `SELECT "${column}"::text AS v FROM "${table}" WHERE "${column}" IS NOT NULL ORDER BY 1`,
    ),
  )
  return result.rows.map((row) => String(row.v))
}

/** Runs one migration's `up` or `down` with what Payload's migrate passes (some migrations rebuild data). */
async function run(
  payload: Payload,
  migration: Migration,
  direction: 'up' | 'down',
): Promise<void> {
  const req = await createLocalReq({}, payload)
  const args = { db: payload.db.drizzle, payload, req } as unknown as Parameters<Migration['up']>[0]
  await migration[direction](args)
}

describe('迁移保留已存数据', () => {
  const database = `migrations_${randomBytes(4).toString('hex')}`
  let payload: Payload
  let db: Db

  beforeAll(async () => {
    const { databaseUrl, payloadSecret } = inject('haiqiao')
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
    await admin.end()
    const url = new URL(databaseUrl)
    url.pathname = `/${database}`
    payload = await openPayload(url.href, payloadSecret)
    db = payload.db.drizzle
  })

  afterAll(async () => {
    if (payload) await closePayload(payload)
  })

  it('依次执行全部迁移：重命名的字段保留旧值并可回退；迁移前已发布内容使用的文件在迁移后公开', async () => {
    const names = new Set(migrations.map((m) => m.name))
    for (const name of [...Object.keys(RENAMES), ...Object.keys(EXISTING)])
      expect(names, `未登记的迁移 ${name}`).toContain(name)

    for (const migration of migrations) {
      for (const insert of EXISTING[migration.name] ?? []) await db.execute(sql.raw(insert))
      const kept = RENAMES[migration.name] ?? []
      for (const row of kept) await db.execute(sql.raw(row.insert))
      await run(payload, migration, 'up')
      for (const row of kept) {
        expect(await valuesOf(db, row.table, row.after), `${row.table}.${row.after}`).toEqual([
          row.value,
        ])
      }
      if (!kept.length) continue
      await run(payload, migration, 'down')
      for (const row of kept) {
        expect(await valuesOf(db, row.table, row.before), `${row.table}.${row.before}`).toEqual([
          row.value,
        ])
      }
      await run(payload, migration, 'up')
    }
    const cover = await db.execute(
      sql.raw(`SELECT is_public FROM media WHERE filename = 'cover-before-migration.png'`),
    )
    expect(cover.rows).toEqual([{ is_public: true }])
  }, 300_000)
})
