// The client's address as a public front (scripts/cms-serve.ts, scripts/serve-site.ts) determines it, once, for
// the application behind it: the socket's peer, or behind trusted proxies (HAIQIAO_TRUST_PROXY=true) the
// address the outermost trusted proxy appended to X-Forwarded-For. Entries to the left of it were written by
// the client (or by proxies we do not run) and are never used: they would let anyone choose the address that
// rate limits count and the audit log records.
import { isIP } from 'node:net'

/** The header a front overwrites on every request with the address it determined; clients cannot set it. */
export const CLIENT_ADDRESS_HEADER = 'x-haiqiao-client-ip'

/** `hops`: how many proxies we run in front of this server, each appending one X-Forwarded-For entry. */
export type ProxyTrust = { trustProxy: boolean; hops: number }

/** HAIQIAO_TRUST_PROXY (`true` to trust X-Forwarded-For) and HAIQIAO_TRUSTED_PROXY_HOPS (default 1). */
export function proxyTrustFromEnv(
  env: Record<string, string | undefined> = process.env,
): ProxyTrust {
  const hops = Number(env.HAIQIAO_TRUSTED_PROXY_HOPS ?? 1)
  return {
    trustProxy: env.HAIQIAO_TRUST_PROXY === 'true',
    hops: Number.isInteger(hops) && hops >= 1 ? hops : 1,
  }
}

type IncomingRequest = {
  socket: { remoteAddress?: string }
  headers: Record<string, string | string[] | undefined>
}

/**
 * The client's address. Behind `hops` trusted proxies it is the entry `hops` places from the right of
 * X-Forwarded-For (all such headers, in order). A request carrying fewer entries than that, or an entry that is
 * not an IP address, did not come through our proxies as configured: it is counted under the socket's peer.
 */
export function clientAddress(req: IncomingRequest, trust: ProxyTrust): string {
  const peer = req.socket.remoteAddress ?? 'unknown'
  if (!trust.trustProxy) return peer
  const entries = [req.headers['x-forwarded-for'] ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  const appended = entries[entries.length - trust.hops]
  return appended && isIP(appended) ? appended : peer
}

/** Overwrites CLIENT_ADDRESS_HEADER with the request's client address (whatever the client sent under that name). */
export function stampClientAddress(req: IncomingRequest, trust: ProxyTrust): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trust)
}
