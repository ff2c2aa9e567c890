// `npm run bench:site [-- --sizes 1000,10000]`: for each size, seeds a fresh database, starts the CMS and
// measures the portal: full build (pages/s, peak memory), Pagefind index time and size, publish-to-live
// latency for one changed article, and the bytes a search query downloads in Chromium. Prints the figures.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { seed } from '../cms/seed/index.ts'
import { SYSTEM_WRITE } from '../plugins/review-workflow/index.ts'
import { launchChromium } from '../scripts/lib/chromium.ts'
import { ensureCmsBuild } from '../scripts/lib/cmsBuild.ts'
import { startCmsServer } from '../scripts/lib/cmsServer.ts'
import { migrateDatabase } from '../scripts/lib/databaseRoles.ts'
import { freePort } from '../scripts/lib/freePort.ts'
import { closePayload, openPayload } from '../scripts/lib/payloadInstance.ts'
import { startPortal } from '../cms/publish/runner/portal.ts'
import { sitePublishing } from '../cms/publish/runner/publisher.ts'
import { startJobRunner } from '../cms/lib/jobs/runner.ts'
import { SITE_QUEUE } from '../cms/publish/queue.ts'
import { startEmbeddedPostgres } from '../scripts/lib/postgres.ts'
import { scratchDir } from '../scripts/lib/scratchDir.ts'
import { buildSite, currentBuild, siteLayout } from '../cms/publish/runner/build.ts'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } })
const sizes = values.sizes.split(',').map(Number)
const log = (line: string) => console.log(`[bench:site] ${line}`)
const rows: string[] = []

const dirSize = (dir: string): number =>
  readdirSync(dir, { recursive: true }).reduce(
    (total, entry) => total + statSync(path.join(dir, String(entry))).size,
    0,
  )

async function searchBytes(siteUrl: string, queries: string[]): Promise<number[]> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    let bytes = 0
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/'))
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length
    })
    // The first query pays for the Pagefind runtime (JS + WebAssembly) and index entry, loaded with the page.
    await page.goto(`${siteUrl}/search/`)
    await page.waitForSelector('[data-search-status]:not(:empty)')
    const figures: number[] = []
    for (const query of queries) {
      await page.fill('[data-search-query]', query)
      await page.click('[data-search-form] button[type=submit]')
      await page.waitForFunction(() =>
        /找到|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      )
      await page.waitForLoadState('networkidle')
      figures.push(bytes)
      bytes = 0
    }
    return figures
  } finally {
    await browser.close()
  }
}

// Payload keeps one instance per process: each size runs in a child process of its own.
if (sizes.length > 1) {
  await ensureCmsBuild(log)
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [import.meta.filename, '--sizes', String(size)], {
      stdio: 'inherit',
    })
    if (child.status !== 0) process.exit(child.status ?? 1)
  }
  process.exit(0)
}

await (async () => {
  await ensureCmsBuild(log)
  for (const articles of sizes) {
    const dataDir = scratchDir('bench-site')
    const pg = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      password: randomBytes(16).toString('hex'),
      database: 'haiqiao_bench',
    })
    const secret = randomBytes(32).toString('hex')
    process.env.MEDIA_DIR = path.join(dataDir, 'media')
    const payload = await openPayload(pg.url, secret)
    try {
      const runtimeUrl = await migrateDatabase(payload, {
        ownerUrl: pg.url,
        appPassword: randomBytes(16).toString('hex'),
      })
      await seed(payload, { sizes: { articles }, anchor: new Date('2026-11-01T00:00:00Z') })
      log(`seeded ${articles} articles`)
      const cms = await startCmsServer({
        port: await freePort(),
        env: { DATABASE_URL: runtimeUrl, PAYLOAD_SECRET: secret, MEDIA_DIR: process.env.MEDIA_DIR },
        quiet: true,
      })
      const layout = siteLayout(path.join(dataDir, 'site'))
      try {
        const full = await buildSite({ layout, id: 'full', cmsUrl: cms.url, log })
        const indexBytes = dirSize(path.join(layout.builds, 'full', 'client', 'pagefind'))
        rows.push(
          `${String(articles).padStart(6)} articles  full build: ${full.pages} pages in ${(full.buildMs / 1000).toFixed(1)} s = ${Math.round(full.pages / (full.buildMs / 1000))} pages/s, peak ${full.peakRssMb} MiB`,
        )
        rows.push(
          `${''.padStart(15)}  Pagefind: ${(full.indexMs / 1000).toFixed(1)} s, index ${(indexBytes / 1024 / 1024).toFixed(1)} MiB`,
        )

        const publishing = sitePublishing({ layout, cmsUrl: cms.url, log: () => {} })
        const publisher = startJobRunner(payload, {
          log: () => {},
          queues: [SITE_QUEUE],
          pollMs: 300,
          context: publishing.context,
        })
        const portal = await startPortal({
          payload,
          publishing,
          layout,
          cmsUrl: cms.url,
          port: await freePort(),
          quiet: true,
          log: () => {},
        })
        try {
          const {
            docs: [article],
          } = await payload.find({
            collection: 'articles',
            limit: 1,
            sort: '-publishedAt',
            depth: 0,
          })
          const title = `基准测试修改标题 ${Date.now()}`
          const started = performance.now()
          // A declared system write publishes the change at once, as the last step of review would: every other
          // save of a live document is only a new draft (plugins/review-workflow), and the page would never change.
          await payload.update({
            collection: 'articles',
            id: article!.id,
            data: { title },
            context: { [SYSTEM_WRITE]: true },
          })
          for (;;) {
            const html = await fetch(`${portal.url}/articles/${article!.id}/`).then((r) => r.text())
            if (html.includes(title)) break
            await new Promise((r) => setTimeout(r, 100))
          }
          const latency = performance.now() - started
          await publishing.settled(payload)
          const indexed = performance.now() - started
          const live = (await currentBuild(layout))!.info
          rows.push(
            `${''.padStart(15)}  publish one article → page live: ${(latency / 1000).toFixed(1)} s, search index live: ${(indexed / 1000).toFixed(1)} s`,
          )
          rows.push(
            `${''.padStart(15)}    (${live.mode}: debounce 1.5 s, render ${(live.buildMs / 1000).toFixed(1)} s, switch at ${(live.liveMs / 1000).toFixed(1)} s, re-index ${(live.indexMs / 1000).toFixed(1)} s)`,
          )
          const [cold, warm] = await searchBytes(portal.url, ['外汇 管理', '生物医药'])
          rows.push(
            `${''.padStart(15)}  search download: first query ${(cold! / 1024).toFixed(0)} KB (incl. Pagefind runtime), next query ${(warm! / 1024).toFixed(0)} KB`,
          )
        } finally {
          await portal.stop()
          await publisher.stop()
        }
      } finally {
        await cms.stop()
      }
    } finally {
      await closePayload(payload)
      await pg.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
})()

console.log(`\nPortal build and search — ${os.cpus().length} cores, Node ${process.versions.node}`)
for (const row of rows) console.log(row)
