// `npm run bench:api [-- --articles 10000 --seconds 15 --connections 32]`: seeds a fresh embedded database,
// starts the production CMS and measures REST list and detail reads with autocannon. Prints the figures.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import type { Payload } from 'payload'
import { seed } from '../cms/seed/index.ts'
import { ensureCmsBuild } from '../scripts/lib/cmsBuild.ts'
import { startCmsServer } from '../scripts/lib/cmsServer.ts'
import { migrateDatabase } from '../scripts/lib/databaseRoles.ts'
import { freePort } from '../scripts/lib/freePort.ts'
import { closePayload, openPayload } from '../scripts/lib/payloadInstance.ts'
import { startEmbeddedPostgres } from '../scripts/lib/postgres.ts'
import { scratchDir } from '../scripts/lib/scratchDir.ts'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '32' },
  },
})
const articles = Number(values.articles)
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const log = (line: string) => console.log(`[bench:api] ${line}`)

const dataDir = scratchDir('bench')
const pg = await startEmbeddedPostgres({
  dataDir,
  port: await freePort(),
  password: randomBytes(16).toString('hex'),
  database: 'haiqiao_bench',
})
const secret = randomBytes(32).toString('hex')
try {
  const payload = await openPayload(pg.url, secret)
  const runtimeUrl = await migrateDatabase(payload, {
    ownerUrl: pg.url,
    appPassword: randomBytes(16).toString('hex'),
  })
  const seedStart = performance.now()
  await seed(payload, { sizes: { articles }, anchor: new Date('2026-11-01T00:00:00Z') })
  log(
    `seeded ${articles} articles (+ reference content) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  )
  const ids = (
    await payload.find({ collection: 'articles', limit: 500, depth: 0, select: {} })
  ).docs.map((d) => d.id)
  const atRest = await listAtRest(payload, 20 * seconds)
  await closePayload(payload)

  await ensureCmsBuild(log)
  const cms = await startCmsServer({
    port: await freePort(),
    env: { DATABASE_URL: runtimeUrl, PAYLOAD_SECRET: secret },
    quiet: true,
  })
  try {
    const scenarios: [string, autocannon.Options][] = [
      [
        'list  GET /api/articles?limit=20&depth=0',
        { url: `${cms.url}/api/articles?limit=20&depth=0` },
      ],
      ['list  GET /api/articles?limit=20 (depth 2)', { url: `${cms.url}/api/articles?limit=20` }],
      [
        'detail GET /api/articles/:id?depth=0',
        {
          url: cms.url,
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                path: `/api/articles/${ids[Math.floor(Math.random() * ids.length)]}?depth=0`,
              }),
            },
          ],
        },
      ],
    ]
    const rows: string[] = []
    for (const [name, options] of scenarios) {
      await autocannon({ ...options, connections, duration: 3 }) // warm-up
      const result = await autocannon({ ...options, connections, duration: seconds })
      const errors = result.errors + result.non2xx
      rows.push(
        `${name.padEnd(44)} p50 ${String(result.latency.p50).padStart(5)} ms  p99 ${String(result.latency.p99).padStart(5)} ms  ${result.requests.average.toFixed(0).padStart(6)} req/s  errors ${errors}`,
      )
    }
    console.log(
      `\nREST API reads — ${articles} articles, ${connections} connections, ${seconds} s each, ${os.cpus().length} cores, Node ${process.versions.node}`,
    )
    for (const row of rows) console.log(row)
    console.log(
      `${'list  Local API find limit=20 depth=0 (at rest)'.padEnd(44)} p50 ${atRest.p50.toFixed(1).padStart(5)} ms  p90 ${atRest.p90.toFixed(1).padStart(5)} ms  (anonymous, one at a time, no HTTP)`,
    )
  } finally {
    await cms.stop()
  }
} finally {
  await pg.stop()
  rmSync(dataDir, { recursive: true, force: true })
}

/**
 * The anonymous list read through the Local API, one request at a time after 20 warm-up reads: the
 * per-request cost without HTTP or concurrency (issue 16 §6 traced a slowdown this way). Milliseconds.
 */
async function listAtRest(payload: Payload, runs: number): Promise<{ p50: number; p90: number }> {
  const read = () =>
    payload.find({ collection: 'articles', limit: 20, depth: 0, overrideAccess: false, user: null })
  for (let i = 0; i < 20; i++) await read()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await read()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!
  return { p50: at(0.5), p90: at(0.9) }
}
