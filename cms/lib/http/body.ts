// A request body read as bytes with a cap on what is actually read (not only on Content-Length).
type WithBody = { body?: ReadableStream<Uint8Array> | null; headers: Headers }

/** The body's bytes, or null when it is larger than `maxBytes` (reading stops there). */
export async function readBodyBytes(req: WithBody, maxBytes: number): Promise<Uint8Array | null> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return null
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
}
