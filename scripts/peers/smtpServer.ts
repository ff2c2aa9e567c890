// Local reference SMTP server: stands in for the agency's mail server in `npm start` (when SMTP_URL is not
// set) and in the tests. It speaks real SMTP on loopback, accepts every message, keeps it as an .eml file
// in `dir` and hands the parsed message to `onMessage`.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpPeer = { url: string; port: number; stop: () => Promise<void> }

export type SmtpPeerOptions = {
  port: number
  /** Where received messages are written, one .eml file each. */
  dir: string
  onMessage?: (mail: ParsedMail) => void
  /** Answer every message with this SMTP error instead of accepting it (to exercise the sender's retries). */
  reject?: { code: number; message: string }
}

export async function startSmtpPeer(options: SmtpPeerOptions): Promise<SmtpPeer> {
  mkdirSync(options.dir, { recursive: true })
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Haiqiao reference SMTP server',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (options.reject) {
          callback(
            Object.assign(new Error(options.reject.message), { responseCode: options.reject.code }),
          )
          return
        }
        const raw = Buffer.concat(chunks)
        const file = path.join(
          options.dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${++received}.eml`,
        )
        writeFileSync(file, raw, { mode: 0o600 })
        simpleParser(raw)
          .then((mail) => options.onMessage?.(mail))
          .catch(() => undefined)
          .finally(() => callback())
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  return {
    url: `smtp://127.0.0.1:${options.port}`,
    port: options.port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
