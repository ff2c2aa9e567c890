// The client's address as the CMS server saw it: scripts/cms-server.ts overwrites this header on every request
// with the socket's address (or, behind a trusted proxy, the proxy's X-Forwarded-For), so a client cannot set it.
export const CLIENT_IP_HEADER = 'x-haiqiao-client-ip'

export const clientIp = (headers: Headers | undefined): string => headers?.get(CLIENT_IP_HEADER) ?? 'unknown'
