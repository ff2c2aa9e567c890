// The runtime environment every launcher shares: database (given or embedded) and secrets (env or the
// local key store).
import { DATA_DIR } from './paths.ts'
import { loadLocalSecrets } from './keystore.ts'
import { startEmbeddedPostgres } from './postgres.ts'

/** `databaseUrl` is the owner's connection; `appPassword` the runtime role's password (see databaseRoles.ts). */
export type Environment = {
  databaseUrl: string
  appPassword: string
  payloadSecret: string
  embedded: boolean
  stop: () => Promise<void>
}

/**
 * `owner`: this process owns the embedded database (the launcher: an orphan is stopped and restarted).
 * Other commands (payload CLI, seed, audit:verify) use a database `npm start` already runs and leave it running.
 */
export async function prepareEnvironment(
  log: (line: string) => void,
  { owner = false }: { owner?: boolean } = {},
): Promise<Environment> {
  const secrets = loadLocalSecrets(DATA_DIR)
  const payloadSecret = process.env.PAYLOAD_SECRET ?? secrets.payloadSecret
  const appPassword = secrets.appDatabasePassword
  if (process.env.DATABASE_URL) {
    return {
      databaseUrl: process.env.DATABASE_URL,
      appPassword,
      payloadSecret,
      embedded: false,
      stop: async () => {},
    }
  }
  const port = Number(process.env.PG_PORT ?? 54329)
  log(`${owner ? '启动' : '连接'}内置 PostgreSQL（端口 ${port}，数据目录 ${DATA_DIR}/postgres）…`)
  const pg = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    port,
    password: secrets.databasePassword,
    reuseRunning: !owner,
  })
  return { databaseUrl: pg.url, appPassword, payloadSecret, embedded: true, stop: pg.stop }
}
