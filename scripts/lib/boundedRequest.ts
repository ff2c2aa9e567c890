// An incoming request whose body is counted on the bytes the HTTP parser actually delivers, not on what
// Content-Length claims: a chunked body can no longer slip past the limit. Used as the server's
// IncomingMessage class (http.createServer({ IncomingMessage: BoundedRequest })).
import { IncomingMessage } from 'node:http'

export class BoundedRequest extends IncomingMessage {
  /** Largest body in bytes; set by the front before the first body byte arrives. */
  limit = Number.POSITIVE_INFINITY
  /** Body bytes received so far. */
  received = 0
  /** Runs once when the body passes `limit`; the rest of the body is never read. */
  onOverflow: () => void = () => {}
  private discarding = false
  private held: Buffer[] | null = null
  private whenComplete: ((complete: boolean) => void) | null = null

  /**
   * Holds the body until it is complete (or over the limit) before the application may read any of it:
   * resolves true when the whole body is in and within the limit, false when it overflowed or the client left.
   */
  holdBody(): Promise<boolean> {
    this.held = []
    return new Promise((resolve) => {
      this.whenComplete = resolve
      this.once('close', () => this.settle(false))
    })
  }

  /** Takes no more of the body: the parser stops reading from the socket, nothing more is buffered. */
  refuseBody(): void {
    this.discarding = true
    this.held = null
    this.settle(false)
  }

  // The parser calls push(chunk) for each body chunk and push(null) at the end of the message.
  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (this.discarding) return false
    if (chunk === null) return this.release()
    this.received += Buffer.isBuffer(chunk) ? chunk.length : Buffer.byteLength(String(chunk))
    if (this.received > this.limit) {
      this.refuseBody()
      this.onOverflow()
      return false
    }
    if (this.held) {
      this.held.push(chunk as Buffer)
      return true
    }
    return super.push(chunk, encoding)
  }

  private release(): boolean {
    for (const chunk of this.held ?? []) super.push(chunk)
    this.held = null
    const result = super.push(null)
    this.settle(true)
    return result
  }

  private settle(complete: boolean): void {
    const resolve = this.whenComplete
    this.whenComplete = null
    resolve?.(complete)
  }
}
