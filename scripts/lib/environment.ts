// The runtime environment every launcher shares: database (given or embedded) and secrets (env or the
// local key store).
import { DATA_DIR } from './paths.ts'
import { loadLocalSecrets } from './keystore.ts'
import { startEmbeddedPostgres } from './postgres.ts'

export type Environment = { databaseUrl: string; payloadSecret: string; embedded: boolean; stop: () => Promise<void> }

export async function prepareEnvironment(log: (line: string) => void): Promise<Environment> {
  const secrets = loadLocalSecrets(DATA_DIR)
  const payloadSecret = process.env.PAYLOAD_SECRET ?? secrets.payloadSecret
  if (process.env.DATABASE_URL) {
    return { databaseUrl: process.env.DATABASE_URL, payloadSecret, embedded: false, stop: async () => {} }
  }
  const port = Number(process.env.PG_PORT ?? 54329)
  log(`启动内置 PostgreSQL（端口 ${port}，数据目录 ${DATA_DIR}/postgres）…`)
  const pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port, password: secrets.databasePassword })
  return { databaseUrl: pg.url, payloadSecret, embedded: true, stop: pg.stop }
}
