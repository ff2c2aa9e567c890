// Shared by the CMS and portal launchers: wait for a child server to answer, and stop it gracefully.
import type { ChildProcess } from 'node:child_process'

/** Resolves once `url` answers (by default: below 500); rejects if the child exits first or time runs out. */
export async function waitForHttp(
  child: ChildProcess,
  url: string,
  name: string,
  { timeoutMs = 120_000, ready = (res: Response) => res.status < 500 } = {},
): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name}进程退出（退出码 ${code}）`))),
  )
  const answered = (async () => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const res = await fetch(url).catch(() => undefined)
      // Always read the body: an unread body left on a socket the server later closes crashes Node's
      // bundled undici (nodejs/undici#5360).
      await res?.arrayBuffer().catch(() => undefined)
      if (res && ready(res)) return
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`等待${name} ${url} 超时`)
  })()
  await Promise.race([answered, exited])
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
