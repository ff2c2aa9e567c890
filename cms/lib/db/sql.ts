// Targeted SQL inside the request's transaction (when it has one). Payload's db.updateOne rewrites the whole
// row (an upsert), which races with concurrent writers and needs every required column; these touch only
// the named columns, and a guard makes a check-and-write one atomic statement.
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type { Pool } from 'pg'

type Db = { execute: (query: SQL) => Promise<unknown> }

export type ColumnValue = string | number | boolean | string[] | null

/** The adapter's connection pool: statements that must commit on their own, whatever the request's transaction does. */
export const poolOf = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool

/** The table of a collection (Payload's naming: the slug with dashes as underscores). */
export const tableOf = (slug: string) => slug.replace(/-/g, '_')

async function dbFor(req: PayloadRequest): Promise<Db> {
  const adapter = req.payload.db as unknown as {
    drizzle: Db
    sessions?: Record<string, { db: Db } | undefined>
  }
  const transaction = req.transactionID ? await req.transactionID : undefined
  return (
    (transaction !== undefined && adapter.sessions?.[String(transaction)]?.db) || adapter.drizzle
  )
}

/** Runs one statement and returns its rows. */
export async function query<Row>(req: PayloadRequest, statement: SQL): Promise<Row[]> {
  const result = (await (await dbFor(req)).execute(statement)) as { rows?: Row[] }
  return result.rows ?? []
}

const assignments = (columns: Record<string, ColumnValue>) =>
  Object.entries(columns).map(
    ([column, value]) =>
      sql`${sql.identifier(column)} = ${Array.isArray(value) ? JSON.stringify(value) : value}`,
  )

/** `UPDATE <table> SET <column> = <value>, … WHERE id = <id>`; arrays are stored as JSON. */
export async function updateColumns(
  req: PayloadRequest,
  table: string,
  id: string,
  columns: Record<string, ColumnValue>,
): Promise<void> {
  const sets = assignments(columns)
  if (sets.length)
    await query(
      req,
      sql`UPDATE ${sql.identifier(table)} SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`,
    )
}

/** The same, only while `guard` holds for the row: true when it did (and the row was written). */
export async function updateColumnsIf(
  req: PayloadRequest,
  table: string,
  id: string,
  columns: Record<string, ColumnValue>,
  guard: SQL,
): Promise<boolean> {
  const rows = await query(
    req,
    sql`UPDATE ${sql.identifier(table)} SET ${sql.join(assignments(columns), sql`, `)} WHERE id = ${id} AND (${guard}) RETURNING id`,
  )
  return rows.length > 0
}

/** Ids of the rows whose `column` equals `value`. */
export async function idsWhere(
  req: PayloadRequest,
  table: string,
  column: string,
  value: string,
): Promise<string[]> {
  const rows = await query<{ id: string }>(
    req,
    sql`SELECT id FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${value}`,
  )
  return rows.map((row) => String(row.id))
}

/**
 * Runs `work` in the request's transaction, starting one when the request has none (and then committing it,
 * or rolling it back when `work` throws). Inside an enclosing transaction it only runs `work`.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owned = await initTransaction(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
