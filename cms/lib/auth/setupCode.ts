// The one-time setup of the first system administrator. There is no default account: until a system admin
// exists, a random setup code is kept in the key store (owner-only), printed by `npm start`, and whoever
// holds it creates the first system admin with their own password; the second factor follows at first login.
import { randomInt, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { keystoreDir } from '../crypto/index.ts'

const file = () => path.join(keystoreDir(), 'setup-code')

/** Whether no system admin exists yet (read in `req`'s transaction when given). */
export async function setupPending(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { roles: { contains: 'systemAdmin' } },
    overrideAccess: true,
    req,
  })
  return totalDocs === 0
}

/** The setup code while setup is pending (created on first call), else null. */
export async function ensureSetupCode(payload: Payload): Promise<string | null> {
  if (!(await setupPending(payload))) {
    rmSync(file(), { force: true })
    return null
  }
  if (existsSync(file())) return readFileSync(file(), 'utf8').trim()
  const code = Array.from({ length: 4 }, () => String(randomInt(10_000)).padStart(4, '0')).join('-')
  mkdirSync(path.dirname(file()), { recursive: true, mode: 0o700 })
  writeFileSync(file(), `${code}\n`, { mode: 0o600 })
  return code
}

export function setupCodeMatches(candidate: string): boolean {
  if (!existsSync(file())) return false
  const expected = Buffer.from(readFileSync(file(), 'utf8').trim())
  const given = Buffer.from(candidate.trim())
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const consumeSetupCode = () => rmSync(file(), { force: true })
