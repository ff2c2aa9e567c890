// An HTTP client that sends exactly what it is given — any method, a path with malformed percent-encoding,
// any header, bytes that are not UTF-8 — on a fresh connection each time (no socket the server may have
// closed is ever reused). Answers `status: 0` with the reason when the server does not answer in time.
import { request } from 'node:http'

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string }
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Sends `req` to `baseUrl` (http only); gives up after `timeoutMs` without an answer. */
export function rawRequest(baseUrl: string, req: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  const body = req.body === undefined ? undefined : Buffer.from(req.body)
  const headers = { ...(body ? { 'Content-Length': String(body.length) } : {}), ...req.headers }
  return new Promise((resolve) => {
    const outgoing = request({ hostname, port, method: req.method, path: req.path, headers, agent: false, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', (error) => resolve({ status: 0, headers: {}, body: `响应中断：${error.message}` }))
    })
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`${timeoutMs} ms 内没有应答`)))
    outgoing.on('error', (error) => resolve({ status: 0, headers: {}, body: `没有应答：${error.message}` }))
    outgoing.end(body)
  })
}
