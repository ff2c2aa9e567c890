// Demo account passwords: generated on first seed, kept in the local key store, printed by `npm start`.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEMO_ACCOUNTS } from '../../cms/seed/accounts.ts'

/** 16 characters with upper, lower, digit and symbol, so it meets the staff password policy. */
function strongPassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')
  return `Hq${body}#7`
}

export function demoPasswords(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, 'keystore', 'demo-accounts.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const passwords = Object.fromEntries(
    DEMO_ACCOUNTS.map((account) => [account.email, strongPassword()]),
  )
  writeFileSync(file, JSON.stringify(passwords, null, 2), { mode: 0o600 })
  return passwords
}
