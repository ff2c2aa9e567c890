// Local reference syslog collector: stands in for the agency's log server in `npm start` (when
// HAIQIAO_SYSLOG_URL is not set) and in the tests. It speaks RFC 5424 over TCP with octet-counting framing
// (RFC 6587) on loopback and appends each message as one line to `file`, which `npm run audit:verify` reads
// the audit anchors from. An audit anchor it already holds (same id) is not appended again, so the
// sender may resend after any doubt.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parseSyslog, unframe } from '../../cms/lib/audit/syslog.ts'

export type SyslogPeer = { url: string; port: number; file: string; stop: () => Promise<void> }

export type SyslogPeerOptions = {
  /** 0 picks a free port. */
  port: number
  /** Where received messages are appended, one a line (created with mode 600). */
  file: string
  onMessage?: (message: string) => void
}

/** The id an anchor is kept under: resending it changes nothing. */
const anchorId = (line: string) => {
  const parsed = parseSyslog(line)
  return parsed?.msgid === 'audit-anchor' ? parsed.params.id : undefined
}

export async function startSyslogPeer(options: SyslogPeerOptions): Promise<SyslogPeer> {
  mkdirSync(path.dirname(options.file), { recursive: true, mode: 0o700 })
  const held = new Set(
    existsSync(options.file)
      ? readFileSync(options.file, 'utf8').split('\n').map(anchorId).filter(Boolean)
      : [],
  )
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    let pending: Buffer = Buffer.alloc(0)
    socket.setTimeout(60_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => {
      const { messages, rest, error } = unframe(Buffer.concat([pending, chunk]))
      pending = rest
      for (const message of messages) {
        const line = message.replace(/[\r\n]+/g, ' ')
        const id = anchorId(line)
        if (id && held.has(id)) continue
        if (id) held.add(id)
        appendFileSync(options.file, `${line}\n`, { mode: 0o600 })
        options.onMessage?.(line)
      }
      if (error) socket.destroy()
    })
    socket.on('error', () => socket.destroy())
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `tcp://127.0.0.1:${port}`,
    port,
    file: options.file,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
