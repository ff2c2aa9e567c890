// Text hygiene (issue 15 §7): control characters pasted from Word or PDF are cleaned on every save (REST, a
// nested field, a global, Payload's own preferences, the portal's public form); what is already stored still
// gives valid feeds, sitemap and JSON-LD; text is cut at character boundaries (mail subjects included).
import type { ParsedMail } from 'mailparser'
import { createTransport } from 'nodemailer'
import { createLocalReq, type Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDueMessages } from '../../cms/lib/notify/mailer.ts'
import { queueMessage, SUBJECT_MAX } from '../../cms/lib/notify/outbox.ts'
import { PERSONAL_DATA_TYPES } from '../../cms/lib/personal/kinds.ts'
import { requestSiteBuild } from '../../cms/publish/queue.ts'
import { cleanText, cutText, leadingCharacters, textAround } from '../../contracts/text/index.ts'
import { freePort } from '../../scripts/lib/freePort.ts'
import { scratchDir } from '../../scripts/lib/scratchDir.ts'
import { startSmtpPeer, type SmtpPeer } from '../../scripts/peers/smtpServer.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { eventually, getPage, siteUrl } from '../support/site.ts'
import { xmlProblems } from '../support/wellFormedXml.ts'
import { draftArticle, publishThroughReview } from '../support/workflow.ts'

/** Every character class the rule removes or replaces, as pasted text would carry it. */
const DIRTY =
  'A\u000BB\u0000C\u0007D\u007FE\u0085F\u009BG\uFDD0H\uFFFEI\u{1FFFF}J\u202EK\u2066L\u2028M\uFEFFN\uD800O'
const UNSAFE =
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})
const textOf = (richText: unknown) => JSON.stringify(richText)

let payload: Payload
const ownerPool = () => (payload.db as unknown as { pool: Pool }).pool

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('文本规则（contracts/text）', () => {
  it('按类处理：换行统一为 LF（单行字段为空格），控制字符、非字符、BOM 与双向覆盖字符删除，孤立代理项换为 U+FFFD', () => {
    expect(cleanText(DIRTY)).toBe('A\nBCDE\nFGHIJKL\nMN\uFFFDO')
    expect(cleanText(DIRTY, { lines: 'join' })).toBe('A BCDE FGHIJKL MN\uFFFDO')
    expect(cleanText('一\r\n二\r三\t四')).toBe('一\n二\n三\t四')
    expect(cleanText('عربي\u200F 𠮷 👨‍👩‍👧')).toBe('عربي\u200F 𠮷 👨‍👩‍👧')
    expect(cleanText('a\u000Bb\u0000c', { unsafe: 'mark' })).toBe('a\nb[U+0000]c')
  })

  it('截断只在字符边界：𠮷、表情组合（ZWJ、肤色、国旗）、组合附加符号不被切开，截断处加省略号且总长不超过上限', () => {
    const subject = `${'合'.repeat(SUBJECT_MAX - 1)}𠮷尾`
    const cut = cutText(subject, SUBJECT_MAX)
    expect(cut.length).toBeLessThanOrEqual(SUBJECT_MAX)
    expect(hasLoneSurrogate(cut)).toBe(false)
    expect(cut).toBe(`${'合'.repeat(SUBJECT_MAX - 1)}…`)
    expect(cutText('𠮷𠮷𠮷', 4, '')).toBe('𠮷𠮷')
    expect(cutText('𠮷𠮷𠮷', 3, '')).toBe('𠮷')
    const family = '家👨‍👩‍👧‍👦庭'
    for (let max = 0; max < family.length; max++)
      expect(['', '家', family.slice(0, 12)]).toContain(cutText(family, max, ''))
    expect(cutText('👍🏽👍🏽', 5)).toBe('👍🏽…')
    expect(cutText('🇨🇳🇯🇵🇸🇬', 5)).toBe('🇨🇳…')
    expect(cutText('Cafe\u0301 au lait', 5)).toBe('Caf…')
    expect(cutText('短文本', 10)).toBe('短文本')
    expect(textAround('𠮷𠮷禁止词𠮷𠮷', 4, 7, 1)).toBe('𠮷禁止词𠮷')
    expect(leadingCharacters('𠮷田太郎', 1)).toBe('𠮷')
    expect(PERSONAL_DATA_TYPES.name.mask('𠮷田')).toBe('𠮷****')
  })
})

describe('保存时清理', () => {
  it('REST 保存文章：标题、摘要、正文、行内字段中的控制字符按规则清理后存储', async () => {
    const id = await draftArticle(`卫生测试${DIRTY}`, {
      summary: `摘要\r\n第二行\u0007\u000C第三行`,
      body: lexical(`正文${DIRTY}`),
      author: '作者\u202E名',
    })
    const { rows } = await ownerPool().query(
      'SELECT version_title, version_summary, version_body::text AS body, version_author FROM _articles_v WHERE parent_id = $1 ORDER BY updated_at DESC LIMIT 1',
      [id],
    )
    expect(rows[0].version_title).toBe(`卫生测试${cleanText(DIRTY, { lines: 'join' })}`)
    expect(rows[0].version_summary).toBe('摘要\n第二行\n第三行')
    expect(rows[0].version_author).toBe('作者名')
    expect(rows[0].body).toContain('正文A\\nBCDE\\nFGHIJKL\\nMN\uFFFDO')
    for (const value of Object.values(rows[0])) expect(String(value)).not.toMatch(UNSAFE)
  })

  it('嵌套字段（组、数组、富文本）与全局设置同样清理', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const res = await editor.post('/countries?draft=true', {
      name: '卫生\u000B测试国',
      nameEn: 'Hygiene\u0000land',
      isoCode: 'QZ',
      region: 'asia',
      _status: 'draft',
      capital: { name: '首\u0085都' },
      servicePoints: [{ name: '站点\u0007一', address: '地址\u202E倒序' }],
      investmentEnvironment: lexical('投资\u000C环境'),
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: string } }
    const saved = await payload.findByID({
      collection: 'countries',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(saved).toMatchObject({
      name: '卫生 测试国',
      nameEn: 'Hygieneland',
      capital: { name: '首 都' },
      servicePoints: [{ name: '站点一', address: '地址倒序' }],
    })
    expect(textOf(saved.investmentEnvironment)).toContain('投资\\n环境')

    const admin = await restAs('sysadmin@haiqiao.local')
    const before = (await payload.findGlobal({ slug: 'site-settings' })).defaultSource
    expect(
      (await admin.post('/globals/site-settings', { defaultSource: `${before}\u0000\u202E` }))
        .status,
    ).toBe(200)
    expect((await payload.findGlobal({ slug: 'site-settings' })).defaultSource).toBe(before)
  })

  it('插件加入的集合（内容安全词库）同样清理', async () => {
    const secAdmin = await restAs('secadmin@haiqiao.local')
    const res = await secAdmin.post('/sensitive-words', {
      word: '卫生\u0007测试白名单\u202E',
      listType: 'allow',
      note: '说明\u0000\r\n第二行',
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: string; word: string; note: string } }
    expect(doc).toMatchObject({ word: '卫生测试白名单', note: '说明\n第二行' })
    expect((await secAdmin.del(`/sensitive-words/${doc.id}`)).status).toBe(200)
  })

  it('Payload 自带的偏好设置（不经集合钩子写库）也清理：含 NUL 的值不再导致 5xx', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const res = await editor.post('/payload-preferences/hygiene-test', {
      value: { note: '偏好\u0000设置\u000B' },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const saved = (await (await editor.get('/payload-preferences/hygiene-test')).json()) as {
      value: { note: string }
    }
    expect(saved.value.note).toBe('偏好设置\n')
  })

  it('门户公众表单：提交的控制字符在门户与 CMS 都按规则清理', async () => {
    const subject = `表单卫生测试 ${Date.now()}`
    const res = await fetch(new URL('/consult/', siteUrl()), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: new URL(siteUrl()).origin,
      },
      body: new URLSearchParams({
        subject: `${subject}\u000B附言`,
        topic: 'market',
        question: '我司计划在马来西亚设立海外仓\u0000，请问需要办理哪些\u202E备案手续？',
        company: '上海\u0007海桥贸易有限公司',
        contactName: '李明',
        contactPhone: '139 1234 5678',
        consent: 'yes',
      }).toString(),
    })
    expect(res.status).toBe(303)
    const { docs } = await payload.find({
      collection: 'consultations',
      where: { subject: { equals: `${subject} 附言` } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      question: '我司计划在马来西亚设立海外仓，请问需要办理哪些备案手续？',
      company: '上海海桥贸易有限公司',
    })
  })
})

describe('输出不受已存数据影响', () => {
  it(
    '库中已有控制字符的已发布文章：RSS、站点地图是合法 XML，页面与 JSON-LD 不含控制字符',
    { timeout: 300_000 },
    async () => {
      const id = await draftArticle('卫生测试：库内脏数据', { summary: '用于验证输出。' })
      await publishThroughReview('articles', id)
      // Written behind the CMS's back, as data saved before the rule (or by a DBA) would be.
      const title = '库内\u000B脏\u0000标题'.replace('\u0000', '\u0001')
      await ownerPool().query('UPDATE articles SET title = $2, summary = $3 WHERE id = $1', [
        id,
        title,
        '摘要\u000C含</script>\u0002',
      ])
      await ownerPool().query(
        'UPDATE _articles_v SET version_title = $2, version_summary = $3 WHERE parent_id = $1',
        [id, title, '摘要\u000C含</script>\u0002'],
      )
      await requestSiteBuild(await createLocalReq({}, payload), {
        reason: '测试：库内脏数据',
        collection: 'articles',
        docId: id,
      })

      const feed = await eventually(async () => {
        const res = await fetch(new URL('/feeds/policy.xml', siteUrl()))
        const xml = await res.text()
        expect(xml).toContain('库内 脏标题')
        return xml
      }, 240_000)
      expect(xmlProblems(feed)).toEqual([])
      const sitemap = await (await fetch(new URL('/sitemap.xml', siteUrl()))).text()
      expect(xmlProblems(sitemap)).toEqual([])
      expect(sitemap).toContain(`/articles/${id}/`)

      const { html } = await getPage(`/articles/${id}/`)
      expect(html).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F]/)
      const jsonLd =
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
      expect(jsonLd).not.toContain('<')
      expect((JSON.parse(jsonLd) as { headline: string }).headline).toBe('库内\n脏标题')
    },
  )
})

describe('邮件', () => {
  let smtp: SmtpPeer
  const received: ParsedMail[] = []
  beforeAll(async () => {
    smtp = await startSmtpPeer({
      port: await freePort(),
      dir: scratchDir('hygiene-mail'),
      onMessage: (mail) => received.push(mail),
    })
  })
  afterAll(() => smtp?.stop())

  it('主题在 200 个 UTF-16 单位处截断时不切开 𠮷，邮件头不含孤立代理项或换行', async () => {
    const reviewer = await staffUser(payload, 'reviewer@haiqiao.local')
    const req = await createLocalReq({}, payload)
    const subject = `${'合'.repeat(SUBJECT_MAX - 1)}𠮷之后的文字`
    await queueMessage(req, {
      recipients: [String(reviewer.id)],
      subject,
      body: `正文\u000B第二行\u0000`,
      eventType: 'test.hygiene',
      ref: 'tests/hygiene',
    })
    const { docs } = await payload.find({
      collection: 'messages',
      where: { eventType: { equals: 'test.hygiene' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs[0]!.subject.length).toBeLessThanOrEqual(SUBJECT_MAX)
    expect(hasLoneSurrogate(docs[0]!.subject)).toBe(false)
    expect(docs[0]!.subject.endsWith('…')).toBe(true)
    expect(docs[0]!.body).toBe('正文\n第二行')

    await deliverDueMessages(payload, createTransport(smtp.url))
    const mail = await eventually(async () => {
      const found = received.find((m) => m.subject?.startsWith('合合合'))
      expect(found).toBeDefined()
      return found!
    }, 30_000)
    expect(mail.subject).toBe(docs[0]!.subject)
    expect(mail.subject).not.toContain('\uFFFD')
  })
})
