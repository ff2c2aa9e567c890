// Every test process: each fetch uses a connection of its own (`Connection: close`), so no request is sent on a
// kept-alive socket the server has meanwhile closed — whatever the machine's speed or a busy event loop.
//
// The answer's body is read in full before the test sees it. Node's bundled undici (7.x) throws an uncatchable
// AssertionError (`assert(!this.paused)`, nodejs/undici#5360, fixed only in undici 8) when the server closes the
// socket while an unread body holds the parser paused — which `Connection: close` makes likely for any test that
// looks only at status and headers. Tests here never stream, so reading the body at once costs nothing.
const originalFetch = globalThis.fetch
const NULL_BODY = new Set([101, 103, 204, 205, 304])

globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const headers = new Headers(
    init?.headers ?? (input instanceof Request ? input.headers : undefined),
  )
  headers.set('connection', 'close')
  const res = await originalFetch(input, { ...init, headers })
  const body = await res.arrayBuffer()
  const copy = new Response(NULL_BODY.has(res.status) ? null : body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  })
  Object.defineProperties(copy, { url: { value: res.url }, redirected: { value: res.redirected } })
  return copy
}
