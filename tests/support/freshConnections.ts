// Every test process: each fetch uses a connection of its own (`Connection: close`), so no request is sent on a
// kept-alive socket the server has meanwhile closed — whatever the machine's speed or a busy event loop.
const originalFetch = globalThis.fetch

globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
  headers.set('connection', 'close')
  return originalFetch(input, { ...init, headers })
}
