// Starts a fresh embedded PostgreSQL on a free port, applies the migrations, seeds the demo content,
// builds (if needed) and starts the production CMS server, then builds and serves the portal (its builds
// run by a job runner of the `site` queue); tears everything down afterwards.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { DEMO_ACCOUNTS } from '../../cms/seed/accounts.ts'
import { ensureSetupCode } from '../../cms/lib/auth/setupCode.ts'
import { seed } from '../../cms/seed/index.ts'
import { ensureCmsBuild } from '../../scripts/lib/cmsBuild.ts'
import { startCmsServer } from '../../scripts/lib/cmsServer.ts'
import { migrateDatabase } from '../../scripts/lib/databaseRoles.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { closePayload, openPayload } from '../../scripts/lib/payloadInstance.ts'
import { startJobRunner } from '../../cms/lib/jobs/runner.ts'
import { SITE_QUEUE } from '../../cms/publish/queue.ts'
import { startPortal } from '../../cms/publish/runner/portal.ts'
import { siteLayout } from '../../cms/publish/runner/build.ts'
import { sitePublishing } from '../../cms/publish/runner/publisher.ts'
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.ts'
import { scratchDir } from '../../scripts/lib/scratchDir.ts'
import './context.ts'
import { login, post } from './login.ts'

/** A fixed anchor keeps the seeded content identical from run to run. */
const SEED_ANCHOR = new Date('2026-11-01T00:00:00Z')
const SYSADMIN = 'sysadmin@haiqiao.local'

export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[测试环境] ${line}`)
  const dataDir = scratchDir('test')
  // Everything started so far, stopped in reverse order on teardown or when a later step fails.
  const stops: (() => Promise<void>)[] = [
    async () => rmSync(dataDir, { recursive: true, force: true }),
  ]
  const teardown = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error: unknown) => log(`停止时出错：${String(error)}`))
  }
  try {
    const pg = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      password: randomBytes(16).toString('hex'),
      database: 'haiqiao_test',
    })
    stops.push(pg.stop)
    const payloadSecret = randomBytes(32).toString('hex')
    const passwords = Object.fromEntries(
      [...DEMO_ACCOUNTS.map((a) => a.email), SYSADMIN].map((email) => [
        email,
        `Test-${randomBytes(6).toString('hex')}#9`,
      ]),
    )

    // Uploads and keys go to the scratch dir, for the seeding process here and for the CMS server alike.
    process.env.MEDIA_DIR = path.join(dataDir, 'media')
    process.env.HAIQIAO_KEYSTORE_DIR = path.join(dataDir, 'keystore')
    const payload = await openPayload(pg.url, payloadSecret)
    stops.push(() => closePayload(payload))
    const runtimeUrl = await migrateDatabase(payload, {
      ownerUrl: pg.url,
      appPassword: randomBytes(16).toString('hex'),
    })
    log('生成演示内容…')
    await seed(payload, { anchor: SEED_ANCHOR, passwordFor: (email) => passwords[email]! })

    await ensureCmsBuild(log)
    const sitePort = await freePort()
    const cms = await startCmsServer({
      port: await freePort(),
      env: {
        DATABASE_URL: runtimeUrl,
        PAYLOAD_SECRET: payloadSecret,
        MEDIA_DIR: process.env.MEDIA_DIR,
        SITE_URL: `http://127.0.0.1:${sitePort}`,
      },
      quiet: true,
    })
    stops.push(cms.stop)
    log(`管理后台 ${cms.url}`)
    const siteRoot = path.join(dataDir, 'site')
    // The portal's builds run on the jobs queue: a runner of the `site` queue only (the tests drive the
    // other rounds themselves, with their own clocks).
    const layout = siteLayout(siteRoot)
    const publishing = sitePublishing({ layout, cmsUrl: cms.url, quietMs: 300, log })
    const publisher = startJobRunner(payload, {
      log,
      queues: [SITE_QUEUE],
      pollMs: 300,
      context: publishing.context,
    })
    stops.push(async () => {
      publishing.abort()
      await publisher.stop()
    })
    const portal = await startPortal({
      payload,
      publishing,
      layout,
      cmsUrl: cms.url,
      port: sitePort,
      quiet: true,
      log,
    })
    stops.push(portal.stop)
    log(`门户网站 ${portal.url}`)
    // No default account: the system admin comes from the one-time setup, as on a real first start.
    const setup = await post(`${cms.url}/api/users/setup`, {
      code: await ensureSetupCode(payload),
      name: '赵磊',
      email: SYSADMIN,
      password: passwords[SYSADMIN],
    })
    if (setup.status !== 201)
      throw new Error(`初始化系统管理员失败：${setup.status} ${JSON.stringify(setup.body)}`)
    // Every account logs in once (enrolling its second factor); the tests share these sessions.
    const totpSecrets: Record<string, string> = {}
    const sessions: Record<string, string> = {}
    for (const email of Object.keys(passwords)) {
      const { token, secret } = await login(cms.url, email, passwords[email]!)
      totpSecrets[email] = secret
      sessions[email] = token
    }
    project.provide('haiqiao', {
      databaseUrl: pg.url,
      runtimeDatabaseUrl: runtimeUrl,
      payloadSecret,
      cmsUrl: cms.url,
      siteUrl: portal.url,
      siteRoot,
      passwords,
      totpSecrets,
      sessions,
      keystoreDir: process.env.HAIQIAO_KEYSTORE_DIR,
    })
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
