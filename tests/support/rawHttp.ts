// Raw HTTP for what fetch cannot send or show. `rawRequest` (node:http) sends exactly what it is given — any
// method, malformed percent-encoding, any header, non-UTF-8 bytes — on a fresh connection each time. The socket
// functions (node:net) send chunked bodies of any size, Upgrade, TRACE/TRACK/CONNECT and show whether the server
// closed the connection; every socket they open is closed by closeAllSockets().
import { request } from 'node:http'
import net from 'node:net'

export type RawAnswer = {
  /** 0 when the server closed without answering. */
  status: number
  headers: Record<string, string>
  body: string
  /** Whether the server closed the connection (within the exchange). */
  closed: boolean
}

const open = new Set<net.Socket>()

export function closeAllSockets(): void {
  for (const socket of open) socket.destroy()
  open.clear()
}

/** Opens a connection to the host and port of `baseUrl`. */
export function connect(baseUrl: string): Promise<net.Socket> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => resolve(socket))
    open.add(socket)
    socket.once('close', () => open.delete(socket))
    socket.once('error', reject)
  })
}

/** Resolves when the server has closed the socket (however long its timeouts take); drops what it sends. */
export const closedByServer = (socket: net.Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed || socket.readableEnded) return resolve()
    socket.once('end', resolve)
    socket.once('close', resolve)
    // Read (and drop) whatever the server sends, so that its closing is seen.
    socket.resume()
  })

function parse(raw: string, closed: boolean): RawAnswer {
  const split = raw.indexOf('\r\n\r\n')
  const head = split === -1 ? raw : raw.slice(0, split)
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  )
  let body = split === -1 ? '' : raw.slice(split + 4)
  if (/chunked/i.test(headers['transfer-encoding'] ?? ''))
    body = body.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, '$1').replace(/\r\n/g, '')
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    headers,
    body,
    closed,
  }
}

/**
 * Sends `head` (request line and headers, CRLF-terminated, blank line included), then lets `body` write
 * the rest while the answer is read; resolves when the server has answered and closed, or `until` says
 * the answer so far is complete (e.g. a kept-alive response with its whole body).
 */
export async function exchange(
  baseUrl: string,
  head: string,
  options: {
    body?: (socket: net.Socket) => Promise<void>
    until?: (answer: RawAnswer) => boolean
  } = {},
): Promise<RawAnswer> {
  const socket = await connect(baseUrl)
  let raw = ''
  const done = new Promise<RawAnswer>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8')
      const answer = parse(raw, false)
      if (options.until?.(answer)) resolve(answer)
    })
    socket.on('error', () => {})
    socket.on('close', () => resolve(parse(raw, true)))
  })
  socket.write(head)
  if (options.body) void options.body(socket).catch(() => {})
  const answer = await done
  if (!answer.closed) socket.destroy()
  return answer
}

const drainedOrAnswered = (socket: net.Socket) =>
  new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'data']) socket.off(event, done)
      resolve()
    }
    for (const event of ['drain', 'close', 'data']) socket.on(event, done)
  })

/** Writes `total` bytes as chunks of 64 KB, stopping early when the server answers or closes. */
export async function writeChunked(socket: net.Socket, total: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 'x')
  let answered = false
  socket.once('data', () => (answered = true))
  for (let sent = 0; sent < total && !answered && !socket.destroyed; sent += chunk.length) {
    const more =
      socket.write(`${chunk.length.toString(16)}\r\n`) &&
      socket.write(chunk) &&
      socket.write('\r\n')
    if (!more) await drainedOrAnswered(socket)
  }
  if (!answered && !socket.destroyed) socket.write('0\r\n\r\n')
}

export type RawRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  body?: Buffer | string
}
export type RawResponse = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Sends `req` to `baseUrl` (http only); gives up after `timeoutMs` without an answer. */
export function rawRequest(
  baseUrl: string,
  req: RawRequest,
  timeoutMs = 20_000,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  const body = req.body === undefined ? undefined : Buffer.from(req.body)
  const headers = { ...(body ? { 'Content-Length': String(body.length) } : {}), ...req.headers }
  return new Promise((resolve) => {
    const outgoing = request(
      {
        hostname,
        port,
        method: req.method,
        path: req.path,
        headers,
        agent: false,
        insecureHTTPParser: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', (error) =>
          resolve({ status: 0, headers: {}, body: `响应中断：${error.message}` }),
        )
      },
    )
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`${timeoutMs} ms 内没有应答`)))
    outgoing.on('error', (error) =>
      resolve({ status: 0, headers: {}, body: `没有应答：${error.message}` }),
    )
    outgoing.end(body)
  })
}
