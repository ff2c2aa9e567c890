// A small pool on the test database as its owner (full SQL rights), for tests that look at or age rows
// directly; it closes after the test file's tests.
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import './context.ts'

/** Opens lazily (pg connects on the first query); ended by an `afterAll` registered here. */
export function ownerPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: inject('haiqiao').databaseUrl, max: 2 })
  afterAll(() => pool.end())
  return pool
}
