// Serves the built CMS: Next.js behind a small Node HTTP front that stamps each request with the client's
// address (so a client cannot claim one; behind a proxy set HAIQIAO_TRUST_PROXY=true to use X-Forwarded-For)
// sets the security headers, and lets through only what the shared front admits (scripts/lib/httpFront.ts:
// methods, upgrades, paths, body limits counted on the bytes received, timeouts).
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { CLIENT_IP_HEADER } from '../cms/lib/http/clientIp.ts'
import { admitRequest, FRONT_SERVER_OPTIONS, guardServer, type FrontRules } from './lib/httpFront.ts'
import { ROOT } from './lib/paths.ts'
import { CMS_HEADERS, setHeaders } from './lib/securityHeaders.ts'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '127.0.0.1'
const trustProxy = process.env.HAIQIAO_TRUST_PROXY === 'true'
/** Uploads (media, courseware) may be large; every other request body is small JSON or a form. */
const UPLOAD_LIMIT = Number(process.env.HAIQIAO_UPLOAD_MAX_MB ?? 50) * 1024 * 1024
const BODY_LIMIT = 2 * 1024 * 1024
const UPLOAD_PATHS = /^\/api\/(media|courseware)(\/|\?|$)/
const RULES: FrontRules = {
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  bodyLimit: (url) => (UPLOAD_PATHS.test(url) ? UPLOAD_LIMIT : BODY_LIMIT),
}

const app = next({ dir: path.join(ROOT, 'cms'), dev: false, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer(FRONT_SERVER_OPTIONS, async (req, res) => {
  setHeaders(res, CMS_HEADERS)
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : ''
  req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || 'unknown'
  if (await admitRequest(req, res, RULES)) void handle(req, res)
})
guardServer(server, RULES)
server.listen(port, hostname)
