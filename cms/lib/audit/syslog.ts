// Syslog as the audit anchors travel to the log server: RFC 5424 messages (facility 13 "log audit") with the
// anchor in structured data, sent over TCP with octet-counting framing (RFC 6587, "<length> <message>").
// The sender, the reference collector (scripts/peers/syslogServer.ts) and the verifier share this file.
import net from 'node:net'
import os from 'node:os'

/** Structured-data id: a name under the documentation enterprise number (RFC 5612). */
export const SD_ID = 'haiqiaoAnchor@32473'
/** PRI of facility 13 (log audit), severity 5 (notice). */
const PRI = 13 * 8 + 5
const BOM = '\uFEFF'

export type SyslogMessage = {
  msgid: string
  /** SD-PARAMs of the one SD-ELEMENT `SD_ID`, in order. */
  params: Record<string, string>
  /** Free text for a person reading the log. */
  text: string
  at?: Date
}

/** Escapes an SD-PARAM value: `"`, `\` and `]` take a backslash (RFC 5424 §6.3.3). */
const escape = (value: string) => value.replace(/["\\\]]/g, (c) => `\\${c}`)

/** One RFC 5424 message: `<109>1 TIMESTAMP HOST haiqiao PROCID MSGID [SD] BOM text`. */
export function formatSyslog({ msgid, params, text, at = new Date() }: SyslogMessage): string {
  const host =
    os
      .hostname()
      .replace(/[^\x21-\x7e]/g, '')
      .slice(0, 255) || '-'
  const sd = `[${SD_ID}${Object.entries(params)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')}]`
  return `<${PRI}>1 ${at.toISOString()} ${host} haiqiao ${process.pid} ${msgid} ${sd} ${BOM}${text.replace(/[\r\n]+/g, ' ')}`
}

/** The parts of a message this module wrote, or undefined for any other line. */
export function parseSyslog(
  line: string,
): { msgid: string; params: Record<string, string> } | undefined {
  const head = /^<\d{1,3}>1 \S+ \S+ \S+ \S+ (\S+) \[/.exec(line)
  if (!head) return undefined
  const rest = line.slice(head[0].length - 1)
  if (!rest.startsWith(`[${SD_ID}`)) return undefined
  const params: Record<string, string> = {}
  const pattern = /\s([^\s="\]]+)="((?:[^"\\]|\\.)*)"/y
  let index = SD_ID.length + 1
  for (;;) {
    pattern.lastIndex = index
    const match = pattern.exec(rest)
    if (!match) break
    params[match[1]!] = match[2]!.replace(/\\(["\\\]])/g, '$1')
    index = pattern.lastIndex
  }
  return rest[index] === ']' ? { msgid: head[1]!, params } : undefined
}

/** `<octets> <message>` frames (RFC 6587 §3.4.1). */
export const frame = (message: string) => {
  const bytes = Buffer.from(message, 'utf8')
  return Buffer.concat([Buffer.from(`${bytes.length} `), bytes])
}

/** Splits complete octet-counted frames off `buffer`; `rest` is an incomplete frame; `error` a broken stream. */
export function unframe(buffer: Buffer): { messages: string[]; rest: Buffer; error?: string } {
  const messages: string[] = []
  let offset = 0
  while (offset < buffer.length) {
    const space = buffer.indexOf(0x20, offset)
    if (space === -1) {
      if (buffer.length - offset > 10)
        return { messages, rest: Buffer.alloc(0), error: '帧长度格式错误' }
      break
    }
    const length = buffer.subarray(offset, space).toString('ascii')
    if (!/^[1-9]\d{0,8}$/.test(length))
      return { messages, rest: Buffer.alloc(0), error: '帧长度格式错误' }
    const end = space + 1 + Number(length)
    if (end > buffer.length) break
    messages.push(buffer.subarray(space + 1, end).toString('utf8'))
    offset = end
  }
  return { messages, rest: buffer.subarray(offset) }
}

/**
 * Sends `messages` to `url` (`tcp://host:port`) on one connection and closes it. Rejects, in Chinese, when the
 * server cannot be reached or the exchange takes longer than `timeoutMs`: the caller retries later.
 */
export function sendSyslog(url: string, messages: string[], timeoutMs = 5_000): Promise<void> {
  const target = new URL(url)
  if (target.protocol !== 'tcp:' || !target.hostname || !target.port) {
    return Promise.reject(new Error(`日志服务器地址 ${url} 无效：应为 tcp://主机:端口`))
  }
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: Number(target.port),
    })
    const fail = (reason: string) => {
      socket.destroy()
      reject(new Error(`日志服务器 ${url} ${reason}`))
    }
    socket.setTimeout(timeoutMs, () => fail('无响应（超时）'))
    socket.once('error', (error) => fail(`不可达：${error.message}`))
    socket.once('connect', () => socket.end(Buffer.concat(messages.map(frame))))
    socket.once('close', (hadError) => {
      if (!hadError) resolve()
    })
    // The collector closes its side after reading; data it might send is not part of the protocol.
    socket.resume()
  })
}
