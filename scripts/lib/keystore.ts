// Local key store for development and the embedded default: secrets generated on first use, kept under
// .data/ (never committed) with owner-only permissions. Production passes the same values through env.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type LocalSecrets = { payloadSecret: string; databasePassword: string }

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'keystore', 'local-secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets
  mkdirSync(dataDir, { recursive: true })
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const secrets: LocalSecrets = {
    payloadSecret: randomBytes(32).toString('base64url'),
    databasePassword: randomBytes(24).toString('base64url'),
  }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
