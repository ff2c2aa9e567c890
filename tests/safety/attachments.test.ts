// Attached documents are checked like fields (issue 15 §6): the text of pdf, docx, xlsx, txt and csv files a
// document uses is read once at upload, kept on the media row, and checked by the workflow's gate — a
// block-level finding in a file stops the transition with a message naming the file. Reading is bounded and
// never fails the request: a broken file is a finding for the reviewer, not a 5xx.
import { randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXTRACTION_LIMITS, extractText } from '../../cms/lib/extract/index.ts'
import { richText } from '../../cms/seed/lexical.ts'
import { demoPdf, docx, upload, xlsx, zip } from '../support/files.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { draftArticle, transition } from '../support/workflow.ts'

const ID_NUMBER = '11010519491231002X'
const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
}

let editor: Rest
let reviewer: Rest
let payload: Payload
beforeAll(async () => {
  ;[editor, reviewer] = await Promise.all([
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
  ])
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

type Uploaded = { id: string; filename: string }

async function attach(stem: string, extension: string, data: Buffer): Promise<Uploaded> {
  const res = await upload(
    editor.authorization,
    `${stem}-${randomBytes(3).toString('hex')}.${extension}`,
    data,
    TYPES[extension]!,
  )
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: Uploaded }).doc
}

type Refusal = { status: number; code?: string; message?: string }

async function submit(id: string): Promise<Refusal> {
  const res = await transition(editor, 'articles', id, 'submit')
  const body = (await res.json()) as { error?: { code: string; message: string } }
  return { status: res.status, code: body.error?.code, message: body.error?.message }
}

describe('附件内容检查', () => {
  it('附件 Excel 中列有身份证号：提交审核被拒绝，说明指出是哪个文件', async () => {
    const sheet = await xlsx('报名名单', [
      ['姓名', '身份证号', '单位'],
      ['张三', ID_NUMBER, '海桥外贸公司'],
      ['李四', '440304199001011233', '海桥物流公司'],
    ])
    const file = await attach('培训报名名单', 'xlsx', sheet)
    // Read once at upload and kept on the media row.
    const stored = await payload.findByID({
      collection: 'media',
      id: file.id,
      showHiddenFields: true,
      overrideAccess: true,
    })
    expect(stored.extractedText).toContain(ID_NUMBER)
    expect(stored.extractionNote ?? null).toBeNull()

    const article = await draftArticle('附件检查：报名通知', { attachments: [file.id] })
    const refused = await submit(article)
    expect(refused.status).toBe(409)
    expect(refused.code).toBe('content_blocked')
    expect(refused.message).toContain(`附件 › ${file.filename}`)
    expect(refused.message).toContain('2 处禁止发布的问题')

    // Without the file the article goes through.
    expect(
      (await editor.patch(`/articles/${article}?draft=true`, { attachments: [] })).status,
    ).toBe(200)
    expect((await submit(article)).status).toBe(200)
  })

  it('Word、PDF、CSV、文本附件（也包括正文中插入的文件）中的“禁止”内容同样阻止提交', async () => {
    const files = [
      await attach(
        '内部通知',
        'docx',
        docx(['关于组织企业出海培训的通知', '本文件密级：秘密★，请勿外传。']),
      ),
      await attach('扫描名单', 'pdf', demoPdf(`Applicant ID ${ID_NUMBER}`)),
      await attach('联系人表', 'csv', Buffer.from(`姓名,证件号\n王五,${ID_NUMBER}\n`, 'utf8')),
      await attach('会议纪要', 'txt', Buffer.from('会议纪要（秘密★5年）\r\n与会人员：略', 'utf8')),
      await attach('旧系统导出', 'txt', Buffer.from('d6d0cec4a3bac3d8c3dca1ef', 'hex')),
    ]
    for (const file of files.slice(0, 4)) {
      const article = await draftArticle(`附件检查：${file.filename}`, { attachments: [file.id] })
      const refused = await submit(article)
      expect(refused.status, file.filename).toBe(409)
      expect(refused.message, file.filename).toContain(file.filename)
    }
    // GB18030 (GBK) text from older Windows tools: “中文：秘密★”.
    const legacy = await submit(
      await draftArticle('附件检查：GBK 文本', { attachments: [files[4]!.id] }),
    )
    expect(legacy.status).toBe(409)
    expect(legacy.message).toContain('秘密★')

    const body = richText(['正文插入了一份文件：'])
    body.root.children.push({
      type: 'upload',
      version: 3,
      relationTo: 'media',
      value: files[0]!.id,
      fields: null,
      format: '',
    } as never)
    const inBody = await submit(await draftArticle('附件检查：正文中的文件', { body }))
    expect(inBody.status).toBe(409)
    expect(inBody.message).toContain(`正文 › ${files[0]!.filename}`)
  })

  it('损坏的附件不会造成服务器错误：提交可以进行，审核人须确认“附件未能读取”', async () => {
    const broken = [
      await attach('损坏的文档', 'docx', docx([], '<w:document><w:body><w:p>未闭合')),
      await attach(
        '损坏的表格',
        'xlsx',
        zip({
          '[Content_Types].xml':
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
          'xl/workbook.xml': '<workbook',
        }),
      ),
      await attach(
        '损坏的PDF',
        'pdf',
        Buffer.from(
          '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nxref\n0 x\ntrailer\n<< /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n',
          'latin1',
        ),
      ),
    ]
    // A program renamed to .txt or .csv is refused at upload, with the reason.
    for (const name of ['说明.txt', '名单.csv']) {
      const renamed = await upload(
        editor.authorization,
        name,
        Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
        'text/plain',
      )
      expect(renamed.status, name).toBe(400)
      expect(await renamed.text(), name).toContain('文件内容与扩展名不符')
    }
    const article = await draftArticle('附件检查：损坏的附件', {
      attachments: broken.map((file) => file.id),
    })
    const check = await editor.post('/content-safety/check-document', {
      collection: 'articles',
      id: article,
      data: { title: '附件检查：损坏的附件', attachments: broken.map((file) => file.id) },
    })
    expect(check.status).toBe(200)
    const { findings } = (await check.json()) as {
      findings: { rule: string; level: string; fieldLabel: string; message: string }[]
    }
    const unread = findings.filter((finding) => finding.rule === 'attachment')
    expect(unread.map((finding) => finding.fieldLabel).sort()).toEqual(
      broken.map((file) => `附件 › ${file.filename}`).sort(),
    )
    expect(
      unread.every((finding) => finding.level === 'review' && finding.message.includes('人工核对')),
    ).toBe(true)

    expect((await submit(article)).status).toBe(200)
    const held = await transition(reviewer, 'articles', article, 'pass-first')
    expect(held.status).toBe(409)
    const answer = (await held.json()) as { error: { code: string; message: string } }
    expect(answer.error.code).toBe('content_review')
    expect(answer.error.message).toContain(broken[0]!.filename)
  })

  it('读取有上限：压缩炸弹、超大文件、超长文字在限度内停下并说明原因', async () => {
    // 5 MB of zeros deflate to a few KB; with a 1 MB unpacking limit the file is not opened.
    const zeros = Buffer.alloc(5 * 1024 * 1024)
    const bomb = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': zeros })
    const small = { ...EXTRACTION_LIMITS, maxUnzippedBytes: 1024 * 1024 }
    expect((await extractText('炸弹.docx', bomb, small))?.note).toContain('解压后超过 1 MB')
    const deflated = deflatedZip('word/document.xml', zeros)
    expect((await extractText('炸弹.docx', deflated, small))?.note).toContain('超过 1 MB')
    expect(
      (
        await extractText('大.txt', Buffer.alloc(2048, 0x41), {
          ...EXTRACTION_LIMITS,
          maxBytes: 1024,
        })
      )?.note,
    ).toContain('未读取文字')
    const long = await extractText(
      '长.txt',
      Buffer.from('甲'.repeat(100) + '𠮷'.repeat(10), 'utf8'),
      { ...EXTRACTION_LIMITS, maxChars: 102 },
    )
    expect(long?.text).toBe('甲'.repeat(100) + '𠮷')
    expect(long?.note).toContain('只检查了前 102 字')
    const rows = await xlsx(
      '明细',
      Array.from({ length: 30 }, (_, i) => [`第 ${i + 1} 行`]),
    )
    expect(
      (await extractText('明细.xlsx', rows, { ...EXTRACTION_LIMITS, maxRows: 10 }))?.note,
    ).toBe('只读取了前 10 行')
    expect(await extractText('图片.png', Buffer.from('x'))).toBeNull()
  })
})

/** A zip with one deflated entry whose central directory understates its size (a lying zip bomb). */
function deflatedZip(name: string, content: Buffer): Buffer {
  const stored = zip({ [name]: Buffer.alloc(0) })
  const data = deflateRawSync(content)
  const file = Buffer.from(name, 'utf8')
  const local = Buffer.from(stored.subarray(0, 30))
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(100, 22)
  const entry = Buffer.from(stored.subarray(30 + file.length, 30 + file.length + 46))
  entry.writeUInt16LE(8, 10)
  entry.writeUInt32LE(data.length, 20)
  entry.writeUInt32LE(100, 24)
  const end = Buffer.from(stored.subarray(stored.length - 22))
  end.writeUInt32LE(30 + file.length + data.length, 16)
  return Buffer.concat([local, file, data, entry, file, end])
}
