// Targeted column writes inside the request's transaction (when it has one). Payload's db.updateOne
// rewrites the whole row (an upsert), which races with concurrent writers and needs every required column.
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

type Db = { execute: (query: SQL) => Promise<unknown> }

export type ColumnValue = string | number | boolean | string[] | null

export async function dbFor(req: PayloadRequest): Promise<Db> {
  const adapter = req.payload.db as unknown as { drizzle: Db; sessions?: Record<string, { db: Db } | undefined> }
  const transaction = req.transactionID ? await req.transactionID : undefined
  return (transaction !== undefined && adapter.sessions?.[String(transaction)]?.db) || adapter.drizzle
}

/** `UPDATE <table> SET <column> = <value>, … WHERE id = <id>`; arrays are stored as JSON. */
export async function updateColumns(req: PayloadRequest, table: string, id: string, columns: Record<string, ColumnValue>): Promise<void> {
  const sets = Object.entries(columns).map(([column, value]) => sql`${sql.identifier(column)} = ${Array.isArray(value) ? JSON.stringify(value) : value}`)
  if (sets.length) await (await dbFor(req)).execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`)
}

/** Ids of the rows whose `column` equals `value` (within the request's transaction). */
export async function idsWhere(req: PayloadRequest, table: string, column: string, value: string): Promise<string[]> {
  const result = (await (await dbFor(req)).execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${value}`)) as { rows: { id: string }[] }
  return result.rows.map((row) => String(row.id))
}
