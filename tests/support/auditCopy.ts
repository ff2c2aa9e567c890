// The audit trail's copy for the tampering tests (auditTamper.test.ts). The test database's audit log goes
// into a scratch database; the platform's audit job checkpoints it and anchors it outside the database
// (archive directory, reference syslog collector), then the CMS writes on. tamperedCopy() copies that
// database and changes it with full SQL rights (triggers off) but without the platform's keys; verify() runs
// the real `audit:verify` command on it with no NODE_ENV while something listens on $PORT (as with a CMS on
// :3000). The state below is set by useAuditCopy()'s hooks and read by the tests through live bindings.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { canonical, GENESIS } from '../../cms/lib/audit/chain.ts'
import { runAnchorRound, runAuditJob } from '../../cms/lib/audit/job.ts'
import { toRecord, type AuditRow } from '../../cms/lib/audit/verifyAuditChain.ts'
import { appendAudit } from '../../cms/lib/audit/writeAudit.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { sm3 } from '../../cms/lib/crypto/sm.ts'
import { ROOT } from '../../scripts/lib/paths.ts'
import { startSyslogPeer, type SyslogPeer } from '../../scripts/peers/syslogServer.ts'
import './context.ts'

const BASE = 'haiqiao_audit_base'
let admin: pg.Client
/** A scratch directory of this file's, removed afterwards. */
export let scratch: string
/** The audit job's archive directory (holds the anchor file). */
export let archives: string
/** The reference syslog collector the anchors are sent to. */
export let collector: SyslogPeer
let silent: net.Server
/** How many connections the stand-in server on $PORT received (a verifier that dials it never exits). */
export let dialed = 0
/** The platform's crypto with the test run's key store. */
export let platform: SoftCryptoProvider
/** When the CMS wrote the records after the last checkpoint. */
export let appendedAt: Date
const copies: string[] = []

export const urlOf = (database: string) => {
  const url = new URL(inject('haiqiao').databaseUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs a script of ours as `npm run` would: its own process, awaited without blocking this one. */
function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([name]) => name !== 'NODE_ENV'),
  ) as NodeJS.ProcessEnv
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** `npm run audit:verify` against `database`, with the platform's keys and anchors and no NODE_ENV. */
export const verify = (database: string) =>
  run('scripts/audit-verify.ts', [], {
    DATABASE_URL: urlOf(database),
    PAYLOAD_SECRET: inject('haiqiao').payloadSecret,
    HAIQIAO_KEYSTORE_DIR: inject('haiqiao').keystoreDir,
    HAIQIAO_AUDIT_ARCHIVE_DIR: archives,
    HAIQIAO_SYSLOG_FILE: collector.file,
    PORT: String((silent.address() as net.AddressInfo).port),
    // Coverage of the tail is tested with an explicit clock; here a slow machine must not matter.
    HAIQIAO_AUDIT_CHECK_MINUTES: '120',
  })

/** A copy of the anchored database, tampered by `tamper` as the database owner with the triggers off. */
export async function tamperedCopy(
  name: string,
  tamper: (client: pg.Client) => Promise<void>,
): Promise<string> {
  const database = `haiqiao_audit_${name}`
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${BASE}`)
  copies.push(database)
  const client = new pg.Client({ connectionString: urlOf(database) })
  await client.connect()
  try {
    await client.query('SET session_replication_role = replica')
    await tamper(client)
  } finally {
    await client.end()
  }
  return database
}

export const rows = async (client: pg.Client, sql: string, values: unknown[] = []) =>
  (await client.query<AuditRow>(sql, values)).rows

/** What someone with the repository's code but no key can compute: the plain SM3 chain from `seq` on. */
export async function recomputeSm3From(client: pg.Client, seq: number): Promise<void> {
  const [before] = await rows(client, 'SELECT hash FROM audit_log WHERE seq = $1', [seq - 1])
  let prev = (before?.hash as string | undefined) ?? GENESIS
  for (const row of await rows(client, 'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq', [
    seq,
  ])) {
    const { prevHash: _p, hash: _h, ...content } = toRecord(row)
    const hash = sm3(`${prev}\n${canonical(content)}`).toString('hex')
    await client.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3', [
      prev,
      hash,
      row.id,
    ])
    prev = hash
  }
}

export const lastCheckpoint = async (client: pg.Client) =>
  Number((await client.query('SELECT max(seq) AS seq FROM audit_checkpoints')).rows[0].seq)

/** Builds the anchored copy before the calling test file's tests and removes every copy after them. */
export function useAuditCopy(): void {
  beforeAll(async () => {
    const { databaseUrl, payloadSecret, keystoreDir } = inject('haiqiao')
    scratch = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-audit-tamper-'))
    archives = path.join(scratch, 'archive')
    collector = await startSyslogPeer({
      port: 0,
      file: path.join(scratch, 'syslog', 'haiqiao.log'),
    })
    // Stands in for a CMS on :3000 that never answers an Upgrade: a script that dials it never exits.
    silent = net.createServer(() => void dialed++)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    platform = new SoftCryptoProvider(new SoftKeyStore({ dir: keystoreDir }))

    admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${BASE} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${BASE}`)
    const migrate = await run('scripts/payload.ts', ['migrate'], {
      DATABASE_URL: urlOf(BASE),
      PAYLOAD_SECRET: payloadSecret,
    })
    if (migrate.code !== 0) throw new Error(`迁移失败：${migrate.stderr}`)

    const base = new pg.Pool({ connectionString: urlOf(BASE), max: 2 })
    try {
      // The audit log the CMS and the seed wrote, as it stands.
      const { rows: records } = await admin.query('SELECT * FROM audit_log ORDER BY seq')
      await base.query(
        'INSERT INTO audit_log SELECT * FROM json_populate_recordset(NULL::audit_log, $1)',
        [JSON.stringify(records)],
      )
      const options = {
        dir: archives,
        syslogFile: collector.file,
        syslogUrl: collector.url,
        sender: {},
      }
      const alerts: string[] = []
      await runAuditJob(base, platform, (line) => alerts.push(line), options)
      // The CMS writes on after the checkpoint; seconds later the tail is anchored outside the database.
      appendedAt = new Date()
      for (const objectId of ['after-1', 'after-2', 'after-3']) {
        await appendAudit(
          base,
          { event: 'articles.update', result: 'success', objectType: 'articles', objectId },
          platform,
        )
      }
      await runAnchorRound(base, platform, (line) => alerts.push(line), options)
      expect(alerts.filter((line) => !line.includes('现在补签检查点'))).toEqual([])
    } finally {
      await base.end()
    }
  })

  afterAll(async () => {
    for (const database of [...copies, BASE])
      await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin?.end()
    await collector?.stop()
    silent?.close()
    rmSync(scratch, { recursive: true, force: true })
  })
}
