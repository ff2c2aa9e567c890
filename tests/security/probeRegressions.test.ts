// Related cases of issue 15 found by probing the merged work from outside: a multipart body the parser
// cannot read (§4), a "." or ".." path segment that escapes the upload route's body limit and a JSON body on
// an upload route (§3), a malformed percent-encoding in a query (§4), an uploaded file's name (§7), Payload's
// migration records collection, which has no REST routes (§4), and an assignee given as a single id instead
// of a list (§1). Each answers a 4xx in the platform's error shape, or is refused and not stored.
import { describe, expect, inject, it } from 'vitest'
import { rawRequest, type RawResponse } from '../support/rawHttp.ts'
import { restAs } from '../support/rest.ts'
import { draftArticle, transition } from '../support/workflow.ts'

const { cmsUrl, siteUrl } = inject('haiqiao')

/** A 4xx with { error: { code, message } } and a Chinese message. */
function expectRefusal(res: RawResponse, status?: number, code?: string) {
  if (status) expect(res.status, res.body).toBe(status)
  expect(res.status, res.body).toBeGreaterThanOrEqual(400)
  expect(res.status, res.body).toBeLessThan(500)
  const { error } = JSON.parse(res.body) as { error: { code: string; message: string } }
  if (code) expect(error.code).toBe(code)
  expect(error.message).toMatch(/[\u4e00-\u9fff]/)
}

describe('无法解析的 multipart 请求体得到 400，不是 500', () => {
  const part = (header: string) => `--XX\r\n${header}\r\n\r\nv\r\n--XX--\r\n`
  const bodies: [string, string, string][] = [
    [
      '分段头中含有控制字符',
      'multipart/form-data; boundary=XX',
      part('Content-Disposition: form-data; name="file"; filename="a\u000bb.txt"'),
    ],
    ['分段头没有冒号', 'multipart/form-data; boundary=XX', part('Content-Disposition form-data')],
    [
      'boundary 为空',
      'multipart/form-data; boundary=',
      part('Content-Disposition: form-data; name="a"'),
    ],
  ]

  it.each(bodies)('%s：匿名与编辑提交到集合的新建路由', async (_name, contentType, body) => {
    const { authorization } = await restAs('editor@haiqiao.local')
    for (const path of ['/api/tags', '/api/media', '/api/articles']) {
      for (const headers of [{}, { Authorization: authorization }] as Record<string, string>[]) {
        expectRefusal(
          await rawRequest(cmsUrl, {
            method: 'POST',
            path,
            headers: { ...headers, 'Content-Type': contentType },
            body,
          }),
        )
      }
    }
  })
})

describe('路径中的“.”与“..”段被拒绝，不能借上传路由的上限绕过 2 MB 请求体上限', () => {
  const threeMb = JSON.stringify({ query: '{ __typename }', pad: 'a'.repeat(3 * 1024 * 1024) })

  it.each(['/api/media/../graphql', '/api/media/%2e%2e/graphql', '/api/courseware/./../graphql'])(
    '管理后台 POST %s（3 MB 请求体）',
    async (path) => {
      // Sent as a staff upload (multipart, with a credential), which the upload routes' larger limit admits; after
      // the "..", it is GraphQL.
      const { authorization } = await restAs('editor@haiqiao.local')
      const res = await rawRequest(cmsUrl, {
        method: 'POST',
        path,
        headers: {
          'Content-Type': 'multipart/form-data; boundary=x',
          Authorization: authorization,
        },
        body: threeMb,
      })
      expectRefusal(res, 400, 'bad_path')
    },
  )

  it('上传路由的大上限只给 multipart 上传：3 MB 的 JSON 请求体得到 413', async () => {
    for (const path of ['/api/media', '/api/media?where[id][equals]=x', '/api/courseware']) {
      const res = await rawRequest(cmsUrl, {
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
        body: threeMb,
      })
      expectRefusal(res, 413, 'too_large')
    }
  })

  it('两台服务器：查询参数中无效的百分号编码得到 400（JSON，中文说明），不是门户的英文“Bad request.”', async () => {
    for (const [url, path] of [
      [siteUrl, '/search/?q=%ff'],
      [siteUrl, '/consult/?ref=%E0%A4%A'],
      [siteUrl, '/sitemap.xml?x=%zz'],
      [cmsUrl, '/api/articles?where[title][like]=%ff'],
    ] as const) {
      expectRefusal(await rawRequest(url, { method: 'GET', path }), 400, 'bad_path')
    }
  })

  it('两台服务器：GET 含“..”的路径得到 400（中文说明）', async () => {
    for (const [url, path] of [
      [cmsUrl, '/api/media/../users'],
      [siteUrl, '/articles/../consult/'],
      [siteUrl, '/media/%2e%2e/%2e%2e/package.json'],
    ] as const) {
      expectRefusal(await rawRequest(url, { method: 'GET', path }), 400, 'bad_path')
    }
  })
})

describe('没有 REST 路由的集合（迁移记录）', () => {
  it('匿名与工作人员的每种请求都得到 404，不是 500', async () => {
    const { authorization } = await restAs('editor@haiqiao.local')
    for (const headers of [{}, { Authorization: authorization }] as Record<string, string>[]) {
      for (const [method, path] of [
        ['GET', '/api/payload-migrations'],
        ['GET', '/api/payload-migrations/count'],
        ['POST', '/api/payload-migrations'],
        ['PATCH', '/api/payload-migrations?where[name][equals]=x'],
        ['DELETE', '/api/payload-migrations?where[name][equals]=x'],
      ] as const) {
        const res = await rawRequest(cmsUrl, {
          method,
          path,
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        })
        expectRefusal(res, 404, 'not_found')
      }
    }
  })
})

describe('处理人写成单个 ID（不是列表）时同样校验资格', () => {
  it('编辑在单篇修改与批量修改中把审计管理员写成单个 ID：被拒绝，未保存', async () => {
    const sysadmin = await restAs('sysadmin@haiqiao.local')
    const found = await sysadmin.get(
      `/users?where[email][equals]=${encodeURIComponent('auditor@haiqiao.local')}&limit=1&depth=0`,
    )
    const auditor = ((await found.json()) as { docs: { id: string }[] }).docs[0]!.id
    const editor = await restAs('editor@haiqiao.local')
    const id = await draftArticle('处理人校验：单个 ID')
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)

    const single = await editor.patch(`/articles/${id}?draft=true&depth=0`, {
      workflowAssignees: auditor,
    })
    expect(single.status).toBe(400)
    expect(JSON.stringify(await single.json())).toContain('指定的处理人无权办理')
    await editor.patch(`/articles?draft=true&depth=0&where[id][equals]=${id}`, {
      workflowAssignees: auditor,
    })

    const stored = await editor.get(`/articles/${id}?draft=true&depth=0`)
    expect(
      ((await stored.json()) as { workflowAssignees?: string[] | null }).workflowAssignees ?? [],
    ).toEqual([])
  })
})

describe('上传文件的文件名同样按文本卫生规则清理', () => {
  it('文件名中的双向覆盖符（U+202E）与非字符（U+FFFE）在保存前删除，不进入 filename 与链接', async () => {
    const { authorization } = await restAs('editor@haiqiao.local')
    const form = new FormData()
    form.append(
      'file',
      new Blob(['hello'], { type: 'text/plain' }),
      'report\u202Etxt.exe\uFFFE.txt',
    )
    form.append('_payload', JSON.stringify({ alt: '文件名清理' }))
    const res = await fetch(`${cmsUrl}/api/media`, {
      method: 'POST',
      headers: { Authorization: authorization },
      body: form,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { filename: string; url: string } }
    expect(doc.filename).toBe('reporttxt.exe.txt')
    expect(decodeURIComponent(doc.url)).not.toMatch(/[\u202e\ufffe]/)
  })
})
