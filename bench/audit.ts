// `npm run bench:audit`: cost of one audit append (advisory lock + chain tail read + insert + commit) on a
// fresh embedded database — sequential latency and throughput with concurrent writers. Prints the figures.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { auditPool, writeAudit } from '../cms/lib/audit/writeAudit.ts'
import { verifyAuditChain } from '../cms/lib/audit/verifyAuditChain.ts'
import { getCrypto } from '../cms/lib/crypto/index.ts'
import { freePort } from '../scripts/lib/freePort.ts'
import { closePayload, openPayload } from '../scripts/lib/payloadInstance.ts'
import { startEmbeddedPostgres } from '../scripts/lib/postgres.ts'
import { scratchDir } from '../scripts/lib/scratchDir.ts'

// `--records` shrinks the run (the test suite smoke-runs it); the figures quoted are from the default.
const { values: args } = parseArgs({ options: { records: { type: 'string', default: '2000' } } })
const records = Math.max(16, Number(args.records))

const dataDir = scratchDir('bench-audit')
const pg = await startEmbeddedPostgres({
  dataDir,
  port: await freePort(),
  password: randomBytes(16).toString('hex'),
  database: 'haiqiao_bench',
})
try {
  const payload = await openPayload(pg.url, randomBytes(32).toString('hex'))
  try {
    await payload.db.migrate()
    const entry = (i: number) => ({
      event: 'articles.update',
      result: 'success' as const,
      actorId: 'b7c1f2a4-0000-4000-8000-000000000001',
      actorRoles: 'reviewer',
      ip: '10.0.0.8',
      userAgent: 'Mozilla/5.0',
      objectType: 'articles',
      objectId: `doc-${i}`,
      requestId: `req-${i}`,
      beforeDigest: 'a'.repeat(64),
      afterDigest: 'b'.repeat(64),
    })
    for (let i = 0; i < Math.min(100, records / 4); i++) await writeAudit(payload, entry(i)) // warm-up
    const times: number[] = []
    for (let i = 0; i < records; i++) {
      const start = performance.now()
      await writeAudit(payload, entry(i))
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(2)
    const concurrent = 8,
      perWriter = Math.ceil(records / 8)
    const start = performance.now()
    await Promise.all(
      Array.from({ length: concurrent }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) await writeAudit(payload, entry(w * perWriter + i))
      }),
    )
    const rate = (concurrent * perWriter) / ((performance.now() - start) / 1000)
    const verifyStart = performance.now()
    const report = await verifyAuditChain(auditPool(payload), getCrypto())
    console.log(
      `\nAudit append — embedded PostgreSQL, ${os.cpus().length} cores, Node ${process.versions.node}`,
    )
    console.log(
      `sequential append latency      p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  (${records} records)`,
    )
    console.log(
      `${concurrent} concurrent writers          ${rate.toFixed(0)} records/s (serialised by the advisory lock)`,
    )
    console.log(
      `verify chain                   ${report.records} records in ${(performance.now() - verifyStart).toFixed(0)} ms, ${report.ok ? 'intact' : 'BROKEN'}`,
    )
  } finally {
    await closePayload(payload)
  }
} finally {
  await pg.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
