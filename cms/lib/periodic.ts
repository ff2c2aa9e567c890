// A background job of the launcher run at a fixed interval: one round at a time (a slow round is not
// overlapped by the next), a failed round reported and the job kept going.
export function every(ms: number, round: () => Promise<void>, onError: (error: unknown) => void): { stop: () => void } {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      await round()
    } catch (error) {
      onError(error)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), ms)
  void tick()
  return { stop: () => clearInterval(timer) }
}
