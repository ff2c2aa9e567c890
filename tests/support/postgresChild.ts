// Child process for the crash test: starts embedded PostgreSQL on a data dir and port, reports, then waits
// to be killed (as a launcher killed with SIGKILL would be).
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.ts'

const [dataDir, port, password] = process.argv.slice(2) as [string, string, string]
await startEmbeddedPostgres({ dataDir, port: Number(port), password })
process.stdout.write('ready\n')
setInterval(() => {}, 1000)
