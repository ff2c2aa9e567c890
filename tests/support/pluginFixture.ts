// A plugin on its own, as Payload's `test/plugin-*` suites run theirs: Payload opened with a minimal config
// of the test's choosing (a users collection, a posts collection, the plugin) on a fresh database of the
// shared embedded PostgreSQL, its schema pushed from that config. Nothing of the host platform — our
// collections, our plugin wiring, our migrations — is loaded, so a plugin that leans on the host fails here.
import { randomBytes } from 'node:crypto'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Config, type Payload } from 'payload'
import pg from 'pg'
import { inject } from 'vitest'
import { closePayload } from '../../scripts/lib/payloadInstance.ts'
import './context.ts'

/** The parts of a Payload config a fixture chooses; everything else is fixed below. */
export type FixtureConfig = Pick<
  Config,
  'collections' | 'globals' | 'plugins' | 'jobs' | 'endpoints' | 'admin'
>

const FIXTURE_NAME = /^[a-z][a-z0-9_]{0,40}$/

/**
 * Opens Payload with `config` on a new database `fixture_<name>_<random>` of the test run's PostgreSQL,
 * the schema pushed from the config (Payload's dev push; no migrations). `name` is lower-case letters,
 * digits and `_`; it also keys Payload's instance cache, so the fixture never meets the host platform's
 * instance in the same process. Close with {@link closeFixture}.
 * @throws Error when `name` is not a plain identifier or the database cannot be created.
 */
export async function fixturePayload(name: string, config: FixtureConfig): Promise<Payload> {
  if (!FIXTURE_NAME.test(name)) throw new Error(`夹具名称不合法: ${name}`)
  const { databaseUrl } = inject('haiqiao')
  const database = `fixture_${name}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${database}`)
  } finally {
    await admin.end()
  }
  const url = new URL(databaseUrl)
  url.pathname = `/${database}`

  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const built = await buildConfig({
    ...config,
    secret: randomBytes(32).toString('hex'),
    telemetry: false,
    editor: lexicalEditor(),
    db: postgresAdapter({
      idType: 'uuid',
      pool: { connectionString: url.href, max: 4 },
      push: true,
    }),
    typescript: { autoGenerate: false },
    graphQL: { disable: true },
  })
  return getPayload({ config: built, key: `fixture:${name}` })
}

/** Closes a fixture's Payload and forgets it in Payload's instance cache. */
export async function closeFixture(payload: Payload, name: string): Promise<void> {
  await closePayload(payload)
  const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
  cache?.delete(`fixture:${name}`)
}
