// The front door of both servers (scripts/lib/httpFront.ts), probed with raw sockets: body limits counted
// on the bytes actually sent (chunked bodies included), every request answered or closed (Upgrade, TRACE,
// TRACK, CONNECT), malformed and NUL-bearing paths refused with 400, idle sockets closed by the server.
import { afterAll, describe, expect, inject, it } from 'vitest'
import { restAs } from '../support/rest.ts'
import {
  closeAllSockets,
  closedByServer,
  connect,
  exchange,
  writeChunked,
  type RawAnswer,
} from '../support/rawHttp.ts'

const { cmsUrl, siteUrl } = inject('haiqiao')
const SERVERS = { 管理后台: cmsUrl, 门户: siteUrl }
afterAll(closeAllSockets)

const host = (url: string) => new URL(url).host
const request = (url: string, line: string, headers: Record<string, string> = {}) =>
  `${line}\r\n${Object.entries({ Host: host(url), ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`

/** The answer is the platform's error shape with a Chinese message. */
function expectRefusal(answer: RawAnswer, status: number, code?: string) {
  expect(answer.status).toBe(status)
  expect(answer.headers['content-type']).toMatch(/application\/json/)
  const { error } = JSON.parse(answer.body) as { error: { code: string; message: string } }
  if (code) expect(error.code).toBe(code)
  expect(error.message).toMatch(/[\u4e00-\u9fff]/)
}

describe('请求体上限按实际收到的字节计算', () => {
  const TWENTY_MB = 20 * 1024 * 1024
  const routes: [string, string][] = [
    [cmsUrl, 'POST /api/articles'],
    [cmsUrl, 'POST /api/graphql'],
    [cmsUrl, 'POST /api/users/login'],
    [cmsUrl, 'POST /api/consultations'],
    [cmsUrl, 'PATCH /api/users/me'],
    [cmsUrl, 'GET /api/site-data/articles'],
    [cmsUrl, 'POST /admin/login'],
    [siteUrl, 'POST /consult/'],
    [siteUrl, 'POST /'],
    [siteUrl, 'GET /search/'],
  ]

  it.each(routes)(
    '%s %s：不带 Content-Length 的 20 MB 分块请求体被拒绝（413）并断开连接',
    async (url, route) => {
      const answer = await exchange(
        url,
        request(url, `${route} HTTP/1.1`, {
          'Content-Type': 'application/json',
          'Transfer-Encoding': 'chunked',
        }),
        { body: (socket) => writeChunked(socket, TWENTY_MB) },
      )
      expectRefusal(answer, 413, 'too_large')
      expect(answer.body).toContain('请求内容过大')
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.closed).toBe(true)
    },
  )

  it('上限以内的分块请求体照常处理（后台 GraphQL、门户表单页）', async () => {
    const query = JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' })
    const graphql = await exchange(
      cmsUrl,
      request(cmsUrl, 'POST /api/graphql HTTP/1.1', {
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        Connection: 'close',
      }),
      {
        body: async (socket) => {
          socket.write(`${Buffer.byteLength(query).toString(16)}\r\n${query}\r\n0\r\n\r\n`)
        },
      },
    )
    expect(graphql.status).toBe(200)
    expect(JSON.parse(graphql.body)).toMatchObject({
      data: { Articles: { totalDocs: expect.any(Number) } },
    })
  })

  it('上传（multipart 表单、带工作人员凭证）有自己的更大上限：3 MB 的分块上传不被当作超限；匿名的同样请求按普通上限拒绝', async () => {
    const { authorization } = await restAs('editor@haiqiao.local')
    const upload = (headers: Record<string, string>) =>
      exchange(
        cmsUrl,
        request(cmsUrl, 'POST /api/media HTTP/1.1', {
          'Content-Type': 'multipart/form-data; boundary=x',
          'Transfer-Encoding': 'chunked',
          Connection: 'close',
          ...headers,
        }),
        { body: (socket) => writeChunked(socket, 3 * 1024 * 1024) },
      )
    for (const credential of [
      { Authorization: authorization },
      { Cookie: 'payload-token=x' },
    ] as Record<string, string>[]) {
      const answer = await upload(credential)
      expect(answer.status).not.toBe(413)
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
    // Anonymous requests can never upload: 50 MB is not read on their behalf.
    expectRefusal(await upload({}), 413, 'too_large')
  })

  it('声明的 Content-Length 超过上限时不读请求体，直接拒绝', async () => {
    for (const [url, line] of [
      [cmsUrl, 'POST /api/articles HTTP/1.1'],
      [siteUrl, 'POST /consult/ HTTP/1.1'],
    ] as const) {
      const answer = await exchange(
        url,
        request(url, line, {
          'Content-Type': 'application/json',
          'Content-Length': String(30 * 1024 * 1024),
        }),
      )
      expectRefusal(answer, 413, 'too_large')
      expect(answer.closed).toBe(true)
    }
  })
})

describe('每个请求都得到回答或被关闭', () => {
  for (const [name, url] of Object.entries(SERVERS)) {
    it(`${name}：Upgrade: websocket 与 Upgrade: h2c 得到 400 并断开，不挂起`, async () => {
      for (const path of ['/', '/api/graphql', '/consult/']) {
        const websocket = await exchange(
          url,
          request(url, `GET ${path} HTTP/1.1`, {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
          }),
        )
        expectRefusal(websocket, 400, 'upgrade_refused')
        expect(websocket.closed).toBe(true)
        const h2c = await exchange(
          url,
          request(url, `GET ${path} HTTP/1.1`, {
            Connection: 'Upgrade, HTTP2-Settings',
            Upgrade: 'h2c',
            'HTTP2-Settings': 'AAMAAABkAARAAAAAAAIAAAAA',
          }),
        )
        expectRefusal(h2c, 400, 'upgrade_refused')
        expect(h2c.closed).toBe(true)
      }
    })

    it(`${name}：TRACE、TRACK、CONNECT 等不支持的方法得到 405（JSON，中文说明）`, async () => {
      for (const line of [
        'TRACE / HTTP/1.1',
        'TRACK / HTTP/1.1',
        `CONNECT ${host(url)} HTTP/1.1`,
        'PROPFIND / HTTP/1.1',
        'TRACE /api/articles HTTP/1.1',
      ]) {
        const answer = await exchange(url, request(url, line))
        expectRefusal(answer, 405, 'method_not_allowed')
        expect(answer.headers.allow).toContain('GET')
      }
    })

    it(`${name}：路径中无效的百分号编码和空字符得到 400（中文说明），不是 5xx`, async () => {
      for (const path of [
        '/api/articles/%ff',
        '/%E0%A4%A',
        '/api/media/file/%00',
        '/consult/%ff/',
        '/preview/articles/%C0%80/',
        '/articles/%00/',
        '/api/articles?where[title][equals]=%00',
      ]) {
        const answer = await exchange(
          url,
          request(url, `GET ${path} HTTP/1.1`, { Connection: 'close' }),
        )
        expectRefusal(answer, 400, 'bad_path')
      }
    })

    it(`${name}：请求目标须为路径：“*”得到 400（不是 5xx），绝对地址只取其路径，不据此跳转到别的主机`, async () => {
      expectRefusal(
        await exchange(url, request(url, 'OPTIONS * HTTP/1.1', { Connection: 'close' })),
        400,
        'bad_path',
      )
      const absolute = await exchange(
        url,
        request(url, 'GET http://evil.example/consult HTTP/1.1', { Connection: 'close' }),
      )
      expect(absolute.status).toBeLessThan(500)
      expect(absolute.headers.location ?? '').not.toContain('evil.example')
    })

    it(`${name}：Expect: 100-continue 且声明的请求体超限时，直接 413，不先邀请客户端发送`, async () => {
      const answer = await exchange(
        url,
        request(url, 'POST /consult/ HTTP/1.1', {
          'Content-Type': 'application/json',
          'Content-Length': String(30 * 1024 * 1024),
          Expect: '100-continue',
        }),
      )
      expectRefusal(answer, 413, 'too_large')
    })

    it(`${name}：格式错误的请求（解析失败）得到 JSON 的 400，连接关闭`, async () => {
      const answer = await exchange(url, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')
      expectRefusal(answer, 400)
      expect(answer.closed).toBe(true)
    })

    it(`${name}：空闲的连接由服务器关闭（不发送任何内容、只发一半请求头、保持连接后不再请求）`, async () => {
      const silent = await connect(url)
      const halfHeaders = await connect(url)
      halfHeaders.write(`GET / HTTP/1.1\r\nHost: ${host(url)}\r\n`)
      const keptAlive = await connect(url)
      keptAlive.write(request(url, 'GET /robots-none HTTP/1.1'))
      await Promise.all([
        closedByServer(silent),
        closedByServer(halfHeaders),
        closedByServer(keptAlive),
      ])
      for (const socket of [silent, halfHeaders, keptAlive]) socket.destroy()
    })
  }
})
