// Two database roles. Migrations and the launcher's own tasks (seed, publisher, audit jobs) run as the
// database owner. The CMS server, which answers requests from the network, connects as a runtime role that
// reads and writes content but only appends to the audit tables: it holds no UPDATE, DELETE or TRUNCATE on
// them and, not owning them, cannot disable their triggers or detach their partitions.
import pg from 'pg'
import type { Payload } from 'payload'
import { analyzeTablesWithoutStatistics } from '../../cms/lib/db/statistics.ts'

export const RUNTIME_ROLE = 'haiqiao_app'
/** Tables the runtime role may only read and append to. */
export const APPEND_ONLY_TABLES = ['audit_log', 'audit_checkpoints', 'audit_archives']
/** Tables the runtime role may only read. */
const READ_ONLY_TABLES = ['payload_migrations']
/**
 * Session settings of the runtime role: no statement a request causes runs longer than 10 s (the CMS answers
 * 503 query_timeout, cms/lib/http/describeError.ts), and a transaction left idle cannot hold its locks and
 * pooled connection for more than a minute.
 */
export const RUNTIME_SETTINGS = {
  statement_timeout: '10s',
  idle_in_transaction_session_timeout: '60s',
}

type Options = { ownerUrl: string; appPassword: string }

/**
 * Applies pending migrations as the owner, brings the runtime role's grants in line with the schema and
 * gathers planner statistics for tables that have none (cms/lib/db/statistics.ts).
 * Returns the connection string the CMS server uses: `DATABASE_APP_URL` when given (its role must exist),
 * otherwise the owner's server with the runtime role, created here with the key store's password.
 */
export async function migrateDatabase(
  payload: Payload,
  { ownerUrl, appPassword }: Options,
): Promise<string> {
  await payload.db.migrate()
  const given = process.env.DATABASE_APP_URL
  const runtimeUrl = new URL(given ?? ownerUrl)
  if (!given) {
    runtimeUrl.username = RUNTIME_ROLE
    runtimeUrl.password = appPassword
  }
  const client = new pg.Client({ connectionString: ownerUrl })
  await client.connect()
  try {
    await grantRuntimeRole(
      client,
      decodeURIComponent(runtimeUrl.username),
      given ? undefined : appPassword,
    )
    // A restored or upgraded database: the planner gets statistics before the first request.
    await analyzeTablesWithoutStatistics(client)
  } finally {
    await client.end()
  }
  runtimeUrl.searchParams.set('application_name', 'haiqiao-cms')
  return runtimeUrl.toString()
}

async function grantRuntimeRole(
  client: pg.Client,
  role: string,
  password: string | undefined,
): Promise<void> {
  const name = client.escapeIdentifier(role)
  await client.query('BEGIN')
  try {
    const owner = await client.query<{ current_user: string }>('SELECT current_user')
    if (owner.rows[0]!.current_user === role)
      throw new Error(
        `运行账号 ${role} 不能与数据库属主相同：请为 DATABASE_APP_URL 使用单独的数据库账号`,
      )
    const existing = await client.query<{ rolsuper: boolean }>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = $1',
      [role],
    )
    if (password !== undefined) {
      const verb = existing.rows[0] ? 'ALTER' : 'CREATE'
      await client.query(
        `${verb} ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
      )
    } else if (!existing.rows[0]) {
      throw new Error(`DATABASE_APP_URL 中的数据库账号 ${role} 不存在，请先由数据库管理员创建`)
    } else if (existing.rows[0].rolsuper) {
      throw new Error(
        `DATABASE_APP_URL 中的数据库账号 ${role} 是超级用户：运行账号不得拥有超级用户权限`,
      )
    }
    for (const [setting, value] of Object.entries(RUNTIME_SETTINGS)) {
      await client.query(`ALTER ROLE ${name} SET ${setting} = ${client.escapeLiteral(value)}`)
    }
    // Grants are rebuilt from nothing on every start, so a table added by a migration is covered and a
    // grant added by hand does not survive.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${name}`)
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${name}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${name}`)
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`)
    // Partitions are reached through their parent only, so they get no grants of their own.
    const tables = await client.query<{ relname: string }>(
      "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition",
    )
    for (const { relname } of tables.rows) {
      const privileges = APPEND_ONLY_TABLES.includes(relname)
        ? 'SELECT, INSERT'
        : READ_ONLY_TABLES.includes(relname)
          ? 'SELECT'
          : 'SELECT, INSERT, UPDATE, DELETE'
      await client.query(`GRANT ${privileges} ON ${client.escapeIdentifier(relname)} TO ${name}`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
