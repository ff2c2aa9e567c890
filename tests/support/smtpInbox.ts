// The reference SMTP server on loopback for one test file, started before its tests and stopped after them,
// keeping every mail it receives; and mail transports to it or to any other SMTP address.
import type { ParsedMail } from 'mailparser'
import { createTransport } from 'nodemailer'
import { afterAll, beforeAll } from 'vitest'
import { freePort } from '../../scripts/lib/freePort.ts'
import { scratchDir } from '../../scripts/lib/scratchDir.ts'
import { startSmtpPeer, type SmtpPeer } from '../../scripts/peers/smtpServer.ts'

export type SmtpInbox = {
  /** Every mail the server received, in order. */
  received: ParsedMail[]
  /** The directory the server stores mail in (another server started by a test may share it). */
  mailDir: string
  /** A nodemailer transport to `url`, this server by default. */
  transport: (url?: string) => ReturnType<typeof createTransport>
  /** The received mails to `address` whose subject contains `subject`. */
  mailsTo: (address: string, subject: string) => ParsedMail[]
}

/** Registers the server's start and stop with the calling test file's hooks. */
export function smtpInbox(): SmtpInbox {
  let smtp: SmtpPeer
  const received: ParsedMail[] = []
  const mailDir = scratchDir('mail-test')
  beforeAll(async () => {
    smtp = await startSmtpPeer({
      port: await freePort(),
      dir: mailDir,
      onMessage: (mail) => received.push(mail),
    })
  })
  afterAll(async () => {
    await smtp?.stop()
  })
  return {
    received,
    mailDir,
    transport: (url = smtp.url) => createTransport(url),
    mailsTo: (address: string, subject: string) =>
      received.filter(
        (mail) => mail.subject?.includes(subject) && JSON.stringify(mail.to).includes(address),
      ),
  }
}
