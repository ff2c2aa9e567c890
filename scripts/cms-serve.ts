// Serves the built CMS: Next.js behind a small Node HTTP front that stamps each request with the client's
// address (so a client cannot claim one; behind proxies see contracts/clientAddress.ts)
// sets the security headers, and refuses oversized request bodies before they reach the application.
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { proxyTrustFromEnv, stampClientAddress } from '../contracts/clientAddress.ts'
import { ROOT } from './lib/paths.ts'
import { CMS_HEADERS, setHeaders } from './lib/securityHeaders.ts'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '127.0.0.1'
const proxyTrust = proxyTrustFromEnv()
/** Uploads (media, courseware) may be large; every other request body is small JSON or a form. */
const UPLOAD_LIMIT = Number(process.env.HAIQIAO_UPLOAD_MAX_MB ?? 50) * 1024 * 1024
const BODY_LIMIT = 2 * 1024 * 1024
const UPLOAD_PATHS = /^\/api\/(media|courseware)(\/|\?|$)/

const app = next({ dir: path.join(ROOT, 'cms'), dev: false, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

createServer((req, res) => {
  setHeaders(res, CMS_HEADERS)
  stampClientAddress(req, proxyTrust)
  const limit = UPLOAD_PATHS.test(req.url ?? '') ? UPLOAD_LIMIT : BODY_LIMIT
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    res.writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
    res.end(JSON.stringify({ error: { code: 'too_large', message: `请求内容过大（上限 ${Math.round(limit / 1024 / 1024)} MB）` } }))
    req.destroy()
    return
  }
  void handle(req, res)
}).listen(port, hostname)
