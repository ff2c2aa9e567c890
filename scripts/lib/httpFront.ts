// The front door shared by both public servers (scripts/cms-serve.ts, scripts/serve-site.ts): every request
// is answered or closed — an unsupported method is 405, a protocol upgrade, a malformed or NUL-bearing path
// 400, a body over its limit (counted on the bytes received) 413 with the connection closed — and slow or
// idle sockets time out. Errors answer { error: { code, message } } with a Chinese message, like the CMS's own.
import type {
  IncomingHttpHeaders,
  IncomingMessage,
  Server,
  ServerOptions,
  ServerResponse,
} from 'node:http'
import type { Duplex } from 'node:stream'
import { BoundedRequest } from './boundedRequest.ts'

export type FrontRules = {
  /** Methods the application answers; any other is refused with 405. */
  methods: readonly string[]
  /** Largest request body in bytes for a request URL and its headers. */
  bodyLimit: (url: string, headers: IncomingHttpHeaders) => number
}

/** Server options for http.createServer: bounded bodies, and the time a client may take (milliseconds). */
export const FRONT_SERVER_OPTIONS: ServerOptions<typeof BoundedRequest> = {
  IncomingMessage: BoundedRequest,
  // Neither server speaks another protocol: an Upgrade request is an ordinary request, refused with 400.
  // (Without this, Next.js adds an 'upgrade' listener to the server and such requests hang unanswered.)
  shouldUpgradeCallback: () => false,
  // The request line and headers must arrive within 20 s, the whole request within 2 minutes.
  headersTimeout: 20_000,
  requestTimeout: 120_000,
  // How often the two limits above are checked.
  connectionsCheckingInterval: 5_000,
  // A kept-alive connection with no next request is closed after 5 s.
  keepAliveTimeout: 5_000,
}

/** A socket with no traffic either way for this long is closed (milliseconds). */
const IDLE_SOCKET_MS = 120_000

type Refusal = { status: number; code: string; message: string; headers?: Record<string, string> }

const json = (refusal: Refusal) =>
  JSON.stringify({ error: { code: refusal.code, message: refusal.message } })

const OWN_HEADERS = new Set([
  'content-type',
  'content-length',
  'cache-control',
  'connection',
  'allow',
])

/** How long a refused client that is still sending has to read the answer before the socket is closed. */
const LINGER_MS = 5_000

/**
 * Answers with the refusal and closes the connection. A client still sending its body gets the answer
 * and the end of the connection (FIN) straight away; the server reads nothing more from it and closes the
 * socket once LINGER_MS has passed — closing at once, with its data unread, would send a reset that can
 * destroy the answer before the client reads it.
 */
export function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent) {
    req.socket.destroy()
    return
  }
  const bodyToCome =
    !req.complete &&
    (req.headers['transfer-encoding'] !== undefined ||
      Number(req.headers['content-length'] ?? 0) > 0)
  if (bodyToCome && req instanceof BoundedRequest) {
    req.refuseBody()
    // Keep the headers set so far (security headers), except those the refusal sets itself.
    const already = Object.fromEntries(
      Object.entries(res.getHeaders())
        .filter(([name]) => !OWN_HEADERS.has(name))
        .map(([name, value]) => [name, String(value)]),
    )
    refuseOnSocket(req.socket, { ...refusal, headers: { ...already, ...refusal.headers } })
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref()
    return
  }
  const body = json(refusal)
  res.writeHead(refusal.status, {
    ...refusal.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  })
  res.end(body)
}

/** The same refusal written straight to the socket (parse errors, CONNECT, a client still sending). */
function refuseOnSocket(socket: Duplex, refusal: Refusal): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const body = json(refusal)
  const headers = {
    ...refusal.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_TEXT[refusal.status] ?? 'Error'}\r\n${head}\r\n${body}`,
  )
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
}

const methodNotAllowed = (rules: FrontRules): Refusal => ({
  status: 405,
  code: 'method_not_allowed',
  message: `不支持该请求方法，可用的方法：${rules.methods.join('、')}`,
  headers: { Allow: rules.methods.join(', ') },
})

const tooLarge = (limit: number): Refusal => ({
  status: 413,
  code: 'too_large',
  message: `请求内容过大（上限 ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`}）`,
})

const UPGRADE_REFUSED: Refusal = {
  status: 400,
  code: 'upgrade_refused',
  message: '本服务不支持协议升级（WebSocket、h2c 等），请使用普通 HTTP 请求',
}

const CONTROL = /[\u0000-\u001f\u007f]/
/** A "." or ".." path segment (after percent-decoding). */
const DOT_SEGMENT = /(^|\/)\.{1,2}(\/|$)/

/** Why a request URL cannot be served (a malformed percent-encoding in its path or query, a control character, a dot segment), or null. */
export function urlProblem(url: string): Refusal | null {
  const query = url.indexOf('?')
  const pathname = query === -1 ? url : url.slice(0, query)
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
    // The query too: the portal's pages would answer a malformed one with an English "Bad request.".
    if (query !== -1) decodeURIComponent(url.slice(query + 1))
  } catch {
    return { status: 400, code: 'bad_path', message: '请求地址中的百分号编码无效' }
  }
  if (CONTROL.test(decoded) || (query !== -1 && /%00/i.test(url.slice(query)))) {
    return { status: 400, code: 'bad_path', message: '请求地址中含有控制字符（如空字符）' }
  }
  // The application resolves "." and ".." (also written %2e) before routing, so /api/media/../graphql would be
  // served as /api/graphql under the upload route's body limit: a path that names such a segment is refused.
  if (DOT_SEGMENT.test(decoded))
    return { status: 400, code: 'bad_path', message: '请求地址中不能含有“.”或“..”路径段' }
  return null
}

/**
 * Checks a request before the application sees it. Resolves true when the application may handle it
 * (a body of unknown length has by then been received in full and within its limit); false when the
 * front has answered or closed it.
 */
export async function admitRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rules: FrontRules,
): Promise<boolean> {
  const target = originForm(req.url ?? '')
  const limit = rules.bodyLimit(target ?? '/', req.headers)
  const refusal = target === null ? BAD_TARGET : requestProblem(req, rules, limit)
  if (refusal) {
    refuse(req, res, refusal)
    return false
  }
  req.url = target!
  // The client waits for this before sending its body: invited only now that the request is admitted.
  if (/100-continue/i.test(String(req.headers.expect ?? ''))) res.writeContinue()
  if (!(req instanceof BoundedRequest)) return true
  req.limit = limit
  req.onOverflow = () => refuse(req, res, tooLarge(limit))
  // A body of unknown length (chunked) is received in full before the application starts on it.
  if (req.headers['transfer-encoding'] !== undefined) return req.holdBody()
  return true
}

const BAD_TARGET: Refusal = {
  status: 400,
  code: 'bad_path',
  message: '请求地址无效：须为以“/”开头的路径',
}

/**
 * The request target as a path and query ("origin form"): an absolute URL (http://host/path) is reduced to
 * its path and query, so that nothing downstream builds links or redirects from a host the client wrote;
 * anything else ("*", an authority) is null.
 */
function originForm(url: string): string | null {
  if (url.startsWith('/')) return url
  if (!/^https?:\/\//i.test(url)) return null
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return null
  }
}

/** What is wrong with a request from its line and headers alone, or null. */
function requestProblem(req: IncomingMessage, rules: FrontRules, limit: number): Refusal | null {
  if (!rules.methods.includes(req.method ?? '')) return methodNotAllowed(rules)
  if (req.headers.upgrade !== undefined) return UPGRADE_REFUSED
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge(limit)
  return urlProblem(req.url ?? '/')
}

function clientErrorRefusal(code: string | undefined, rules: FrontRules): Refusal {
  if (code === 'HPE_INVALID_METHOD') return methodNotAllowed(rules)
  if (code === 'HPE_HEADER_OVERFLOW')
    return { status: 431, code: 'headers_too_large', message: '请求头过大' }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      code: 'request_timeout',
      message: '请求超时：未在规定时间内收到完整的请求',
    }
  return { status: 400, code: 'bad_request', message: '请求格式无效' }
}

/**
 * Makes a server answer what never reaches the request handler: malformed requests and unknown methods
 * (TRACK …) from the parser, CONNECT; hands "Expect: 100-continue" requests to the request handler
 * without inviting their body first; closes sockets idle for longer than IDLE_SOCKET_MS.
 */
export function guardServer(server: Server, rules: FrontRules): void {
  server.setTimeout(IDLE_SOCKET_MS, (socket) => socket.destroy())
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inResponse = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage
    if (error.code === 'ECONNRESET' || inResponse?.headersSent) {
      socket.destroy()
      return
    }
    refuseOnSocket(socket, clientErrorRefusal(error.code, rules))
  })
  server.on('connect', (_req: IncomingMessage, socket: Duplex) =>
    refuseOnSocket(socket, methodNotAllowed(rules)),
  )
  // "Expect: 100-continue" requests go through the request handler too; admitRequest invites the body.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) =>
    server.emit('request', req, res),
  )
}
