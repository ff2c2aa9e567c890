// The public portal server: serves whichever build `<site root>/current` points at, through the Astro node
// adapter's handler of that build. A switch of the symlink takes effect on the next request. Requests pass the
// shared front first (scripts/lib/httpFront.ts: methods, upgrades, paths, body limits, timeouts).
// Usage: node scripts/serve-site.ts <site root> <port> [host]
import { readlinkSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { proxyTrustFromEnv, stampClientAddress } from '../contracts/clientAddress.ts'
import {
  admitRequest,
  FRONT_SERVER_OPTIONS,
  guardServer,
  type FrontRules,
} from './lib/httpFront.ts'
import { PORTAL_HEADERS, setHeaders } from './lib/securityHeaders.ts'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void
const [root, port, host = '127.0.0.1'] = process.argv.slice(2)
if (!root || !port) throw new Error('用法：serve-site.ts <站点目录> <端口> [地址]')
process.env.ASTRO_NODE_AUTOSTART = 'disabled'

/** Pages are read; the only thing posted is a small form (我想进一步了解). */
const RULES: FrontRules = { methods: ['GET', 'HEAD', 'POST'], bodyLimit: () => 64 * 1024 }

const handlers = new Map<string, Promise<Handler>>()
const proxyTrust = proxyTrustFromEnv()

function handlerFor(target: string): Promise<Handler> {
  if (!handlers.has(target)) {
    const entry = pathToFileURL(path.resolve(root!, target, 'server', 'entry.mjs')).href
    handlers.set(
      target,
      import(entry).then((module: { handler: Handler }) => module.handler),
    )
    // Older builds are pruned by the publisher; keep only the two newest handlers.
    for (const old of [...handlers.keys()].slice(0, -2)) handlers.delete(old)
  }
  return handlers.get(target)!
}

const unavailable = (res: http.ServerResponse) => {
  res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '10' })
  res.end(
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网站正在发布</title><p>网站正在生成首个版本，请稍后刷新。</p></html>',
  )
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i

/**
 * A form posted from another site (an Origin naming another host, or none): refused here with a Chinese page.
 * The node adapter would refuse it too (Astro's origin check), but with an English text.
 */
function crossSiteForm(req: http.IncomingMessage): boolean {
  if (req.method !== 'POST' || !FORM_TYPES.test(String(req.headers['content-type'] ?? '')))
    return false
  try {
    return new URL(String(req.headers.origin)).host !== req.headers.host
  } catch {
    return true
  }
}

const refuseCrossSite = (res: http.ServerResponse) => {
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>提交未被接受</title><p>提交未被接受：表单须从本网站的页面提交。请回到本站页面重新填写。</p></html>',
  )
}

const server = http.createServer(FRONT_SERVER_OPTIONS, async (req, res) => {
  setHeaders(res, PORTAL_HEADERS)
  // The visitor's address for the on-demand pages (form limits, signed calls to the CMS); never the client's say.
  stampClientAddress(req, proxyTrust)
  if (!(await admitRequest(req, res, RULES))) return
  if (crossSiteForm(req)) return refuseCrossSite(res)
  let target: string
  try {
    target = readlinkSync(path.join(root, 'current'))
  } catch {
    return unavailable(res)
  }
  handlerFor(target).then(
    (handler) => handler(req, res),
    (error: unknown) => {
      console.error('[门户] 加载构建失败', error)
      unavailable(res)
    },
  )
})
guardServer(server, RULES)
server.listen(Number(port), host, () => console.log(`[门户] http://${host}:${port}`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
