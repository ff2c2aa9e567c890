// A sliding window per key (a visitor's IP address): at most `limit` hits in `windowMs`. In the portal
// process's memory — one portal process per node; behind several nodes each counts its own share.
export class RateLimit {
  private readonly hits = new Map<string, number[]>()
  readonly limit: number
  readonly windowMs: number

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  /** Records a hit; false when the key is over its limit (the hit is then not counted). */
  hit(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    // Forget keys whose window has passed, now and then.
    if (this.hits.size > 10_000) for (const [other, times] of this.hits) if (times.every((at) => at <= now - this.windowMs)) this.hits.delete(other)
    return true
  }
}
