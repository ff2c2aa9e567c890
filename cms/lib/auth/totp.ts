// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s) through otpauth, as every authenticator app supports.
// A code is accepted one step either side of now, and never twice: the last used step is remembered.
import { Secret, TOTP } from 'otpauth'

const ISSUER = '海桥管理平台'

const totpFor = (secret: string, account: string) =>
  new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  })

export const newTotpSecret = () => new Secret({ size: 20 }).base32

export const otpauthUrl = (secret: string, account: string) => totpFor(secret, account).toString()

/** The time step the code belongs to, or null when it is wrong or was used already. */
export function verifyTotp(
  secret: string,
  account: string,
  code: string,
  lastStep: number | null | undefined,
  now = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpFor(secret, account).validate({ token: code, timestamp: now, window: 1 })
  if (delta === null) return null
  const step = Math.floor(now / 30_000) + delta
  return lastStep != null && step <= lastStep ? null : step
}
