// 我想进一步了解 on the portal: the form works without JavaScript — the portal forwards a question to the CMS in a
// signed request, where it is checked and stored, refused with each problem under its field (values kept), or
// accepted with a reference; posts from other sites are refused; the CMS's per-visitor limit stops floods, and
// the visitor's address is the one the portal's front saw, whatever headers the visitor sends.
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/freePort.ts'
import { startSiteServer } from '../../cms/publish/runner/siteServer.ts'
import { CONSULTATION_PATH } from '../../contracts/forms/consultation.ts'
import { PUBLIC_FORM_LIMIT } from '../../contracts/forms/publicForm.ts'
import { portalPost } from '../support/portal.ts'
import { restAs } from '../support/rest.ts'
import { getPage, siteUrl } from '../support/site.ts'

const form = (
  fields: Record<string, string>,
  origin = new URL(siteUrl()).origin,
  headers: Record<string, string> = {},
) =>
  fetch(new URL('/consult/', siteUrl()), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...headers },
    body: new URLSearchParams(fields).toString(),
  })

const valid = {
  subject: '咨询马来西亚海外仓备案',
  topic: 'market',
  question: '我司计划在马来西亚设立海外仓，请问需要办理哪些境外投资备案手续？',
  company: '上海海桥贸易有限公司',
  contactName: '李明',
  contactPhone: '139 1234 5678',
  consent: 'yes',
}

async function consultationsAbout(subject: string, prefix = false) {
  const service = await restAs('service@haiqiao.local')
  const res = await service.get(
    `/consultations?where[subject][${prefix ? 'like' : 'equals'}]=${encodeURIComponent(subject)}&depth=0`,
  )
  return (
    (await res.json()) as {
      docs: {
        id: string
        question: string
        safetyFlag: string
        contactPhone: string
        status: string
      }[]
    }
  ).docs
}

describe('门户“我想进一步了解”表单', () => {
  it('表单页不依赖脚本：每个输入框都有标签，必填项有标注', async () => {
    const { status, html } = await getPage('/consult/')
    expect(status).toBe(200)
    expect(html).toContain('<form method="post" action="/consult/"')
    for (const name of [
      'subject',
      'topic',
      'country',
      'question',
      'company',
      'contactName',
      'contactPhone',
    ])
      expect(html).toContain(`<label for="${name}">`)
    expect(html).toMatch(/<option value="[0-9a-f-]{36}">/)
  })

  it('提交成功后跳转到受理页，显示受理编号；问题进入后台，联系电话加密脱敏', async () => {
    const subject = `门户表单测试 ${Date.now()}`
    const res = await form({ ...valid, subject })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/consult\/\?ref=[0-9A-F]{10}$/)
    const { html } = await getPage(location)
    expect(html).toContain('已收到您的问题')
    expect(html).toContain(location.split('=')[1])
    const [saved] = await consultationsAbout(subject)
    expect(saved).toMatchObject({
      question: valid.question,
      safetyFlag: 'clean',
      contactPhone: '139****5678',
      status: 'pending',
    })
    expect(saved!.id.replace(/-/g, '').slice(0, 10).toUpperCase()).toBe(location.split('=')[1])
  })

  it('含禁止内容或填写有误：同一页面列出每处问题并保留已填内容，后台没有记录', async () => {
    const subject = `门户表单拦截测试 ${Date.now()}`
    const blocked = await form({
      ...valid,
      subject,
      question: '想了解中华人民共合国企业在越南设厂的最新政策。',
    })
    expect(blocked.status).toBe(400)
    const html = await blocked.text()
    expect(html).toContain('提交未成功，请修改以下 1 处')
    expect(html).toContain('“问题描述”中含有不能提交的内容“中华人民共合国”，请修改后再提交')
    expect(html).toContain('想了解中华人民共合国企业在越南设厂的最新政策。</textarea>')
    expect(html).toContain(`value="${subject}"`)
    expect(await consultationsAbout(subject)).toEqual([])

    const wrong = await form({
      subject,
      topic: 'nope',
      question: '太短',
      contactName: '',
      contactPhone: '12345',
    })
    expect(wrong.status).toBe(400)
    const page = await wrong.text()
    for (const message of [
      '请选择咨询类别',
      '请把问题写清楚（至少 10 个字）',
      '请填写联系人',
      '手机号码格式不正确（11 位，以 1 开头）',
      '请阅读并同意个人信息的使用说明',
    ])
      expect(page).toContain(message)
    expect(page).toContain('aria-invalid="true"')
    expect(await consultationsAbout(subject)).toEqual([])
  })

  it('来自其他网站的提交被拒绝；只填了隐藏字段的机器人提交由 CMS 丢弃，不保存', async () => {
    const subject = `门户表单跨站测试 ${Date.now()}`
    const foreign = await form({ ...valid, subject }, 'https://evil.example')
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toContain('表单须从本网站的页面提交')
    const bot = await form({ ...valid, subject, website: 'http://spam.example' })
    expect(bot.status).toBe(303)
    expect(await consultationsAbout(subject)).toEqual([])
  })

  it('访问者地址由门户前端确定：伪造的 X-Forwarded-For 和内部头不改变记入审计的地址', async () => {
    const subject = `门户表单地址测试 ${Date.now()}`
    const res = await form({ ...valid, subject }, undefined, {
      'X-Forwarded-For': '192.0.2.98',
      'X-Haiqiao-Client-Ip': '192.0.2.99',
      'X-Haiqiao-Visitor': '192.0.2.97',
    })
    expect(res.status).toBe(303)
    const [saved] = await consultationsAbout(subject)
    const auditor = await restAs('auditor@haiqiao.local')
    const audit = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=consultations.create&where[objectId][equals]=${saved!.id}`,
      )
    ).json()) as { docs: { ip: string }[] }
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]!.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
  })

  it('门户位于我方代理之后（HAIQIAO_TRUST_PROXY）：访问者地址取代理追加的最右一项，伪造的最左项不影响', async () => {
    const { cmsUrl, siteRoot, keystoreDir } = inject('haiqiao')
    process.env.HAIQIAO_KEYSTORE_DIR = keystoreDir
    const proxied = await startSiteServer({
      root: siteRoot,
      port: await freePort(),
      quiet: true,
      cmsUrl,
      env: { HAIQIAO_TRUST_PROXY: 'true' },
    })
    try {
      const subject = `门户代理地址测试 ${Date.now()}`
      const res = await fetch(new URL('/consult/', proxied.url), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: proxied.url,
          'X-Forwarded-For': '192.0.2.10, 203.0.113.88',
        },
        body: new URLSearchParams({ ...valid, subject }).toString(),
      })
      expect(res.status).toBe(303)
      const [saved] = await consultationsAbout(subject)
      const auditor = await restAs('auditor@haiqiao.local')
      const audit = (await (
        await auditor.get(
          `/audit-log?where[event][equals]=consultations.create&where[objectId][equals]=${saved!.id}`,
        )
      ).json()) as { docs: { ip: string }[] }
      expect(audit.docs.map((entry) => entry.ip)).toEqual(['203.0.113.88'])
    } finally {
      await proxied.stop()
    }
  })

  it('同一访问者 10 分钟内最多提交 20 次：由 CMS 按门户签名的访客地址计数，门户显示提示（429）', async () => {
    const visitor = await portalVisitorAddress()
    const key = `form:consultations:${visitor}`
    const db = new pg.Client({ connectionString: inject('haiqiao').databaseUrl })
    await db.connect()
    try {
      const used =
        (
          await db.query<{ points: number }>(
            'SELECT points FROM rate_limits WHERE key = $1 AND expires_at > now()',
            [key],
          )
        ).rows[0]?.points ?? 0
      // The rest of this visitor's budget, used up directly at the CMS (posts that filled the hidden field count too).
      for (let i = used; i < PUBLIC_FORM_LIMIT.points; i++)
        expect((await portalPost(CONSULTATION_PATH, { website: 'x' }, { visitor })).status).toBe(
          202,
        )
      const refused = await form({ ...valid, subject: `门户表单限流测试 ${Date.now()}` })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await refused.text()).toMatch(/提交过于频繁，请 \d+ 分钟后再试。/)
    } finally {
      // The portal tests that follow (browser tests) post from the same address.
      await db.query('DELETE FROM rate_limits WHERE key = $1', [key])
      await db.end()
    }
  })
})

/** The address the portal's front gives this test client (its own socket peer), as the CMS recorded it. */
async function portalVisitorAddress(): Promise<string> {
  const auditor = await restAs('auditor@haiqiao.local')
  const [first] = await consultationsAbout('门户表单地址测试', true)
  const audit = (await (
    await auditor.get(
      `/audit-log?where[event][equals]=consultations.create&where[objectId][equals]=${first!.id}`,
    )
  ).json()) as { docs: { ip: string }[] }
  return audit.docs[0]!.ip
}
