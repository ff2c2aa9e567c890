import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { login } from './tests/support/login.ts'
const cms = 'http://127.0.0.1:3100'
const passwords = JSON.parse(readFileSync('/tmp/hq-ui/keystore/demo-accounts.json', 'utf8')) as Record<string, string>
const sessions: Record<string, string> = {}
for (const email of ['secadmin@haiqiao.local', 'service@haiqiao.local']) sessions[email] = (await login(cms, email, passwords[email]!, { newPassword: passwords[email]! + 'x' })).token
// A visitor's questions: one refused, one flagged.
const post = (body: unknown) => fetch(`${cms}/api/consultations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const base = { subject: '咨询越南设厂政策', topic: 'policy', company: '上海海桥贸易有限公司', contactName: '张伟', contactPhone: '13812345678' }
const refused = await post({ ...base, question: '想了解中华人民共合国企业在越南设厂的政策。' })
console.log('refused', refused.status, JSON.stringify(await refused.json()))
const flagged = await post({ ...base, question: '请问攻府对企业赴越南设厂有哪些支持？我们计划明年投资建厂。' })
console.log('flagged', flagged.status)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
async function as(email: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' })
  await context.addCookies([{ name: 'payload-token', value: sessions[email]!, url: cms }])
  return context.newPage()
}
const sec = await as('secadmin@haiqiao.local')
await sec.goto(`${cms}/admin/collections/safety-scans`, { waitUntil: 'networkidle' })
await sec.screenshot({ path: 'docs/screenshots/content-rescan-list.png' })
const href = await sec.locator('table tbody tr a').first().getAttribute('href')
await sec.goto(`${cms}${href}`, { waitUntil: 'networkidle' })
await sec.waitForTimeout(1000)
await sec.screenshot({ path: 'docs/screenshots/content-rescan-report.png', fullPage: true })
const svc = await as('service@haiqiao.local')
await svc.goto(`${cms}/admin/collections/consultations`, { waitUntil: 'networkidle' })
await svc.screenshot({ path: 'docs/screenshots/consultations-list.png' })
const { doc } = (await flagged.json()) as { doc: { id: string } }
await svc.goto(`${cms}/admin/collections/consultations/${doc.id}`, { waitUntil: 'networkidle' })
await svc.waitForTimeout(2500)
await svc.screenshot({ path: 'docs/screenshots/consultation-flagged.png', fullPage: true })
await browser.close()
