// Serves the built CMS: Next.js behind a small Node HTTP front that stamps each request with the client's
// address (so a client cannot claim one; behind proxies see contracts/clientAddress.ts), sets the security
// headers, and lets through only what the shared front admits (scripts/lib/httpFront.ts: methods, upgrades,
// paths, body limits counted on the bytes received, timeouts).
import { createServer, type IncomingHttpHeaders } from 'node:http'
import path from 'node:path'
import next from 'next'
import { proxyTrustFromEnv, stampClientAddress } from '../contracts/clientAddress.ts'
import {
  admitRequest,
  FRONT_SERVER_OPTIONS,
  guardServer,
  type FrontRules,
} from './lib/httpFront.ts'
import { ROOT } from './lib/paths.ts'
import { CMS_HEADERS, setHeaders } from './lib/securityHeaders.ts'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '127.0.0.1'
const proxyTrust = proxyTrustFromEnv()
/**
 * Uploads (media, courseware: multipart forms) may be large; every other request body is small JSON or a form,
 * on the upload routes too (a 50 MB JSON body would be read and parsed before any access check).
 */
const UPLOAD_LIMIT = Number(process.env.HAIQIAO_UPLOAD_MAX_MB ?? 50) * 1024 * 1024
const BODY_LIMIT = 2 * 1024 * 1024
const UPLOAD_PATHS = /^\/api\/(media|courseware)(\/|\?|$)/
const isMultipart = (headers: IncomingHttpHeaders) =>
  /^multipart\/form-data\b/i.test(String(headers['content-type'] ?? ''))
/**
 * Whether the request carries a staff credential at all (an Authorization header or the session cookie). The
 * front cannot check it — Payload does, after the body is read — but an anonymous request, which can never
 * upload, is held to the small limit instead of having 50 MB read on its behalf.
 */
const carriesCredential = (headers: IncomingHttpHeaders) =>
  Boolean(headers.authorization) ||
  /(?:^|;\s*)payload-token=[^;\s]/.test(String(headers.cookie ?? ''))
const RULES: FrontRules = {
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  bodyLimit: (url, headers) =>
    UPLOAD_PATHS.test(url) && isMultipart(headers) && carriesCredential(headers)
      ? UPLOAD_LIMIT
      : BODY_LIMIT,
}

const app = next({ dir: path.join(ROOT, 'cms'), dev: false, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer(FRONT_SERVER_OPTIONS, async (req, res) => {
  setHeaders(res, CMS_HEADERS)
  stampClientAddress(req, proxyTrust)
  if (await admitRequest(req, res, RULES)) void handle(req, res)
})
guardServer(server, RULES)
server.listen(port, hostname)
