// Local key store for development and the embedded default: secrets generated on first use, kept under
// .data/ (never committed) with owner-only permissions. Production passes the same values through env.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** `databasePassword`: the database owner (migrations); `appDatabasePassword`: the runtime role the CMS server uses. */
export type LocalSecrets = {
  payloadSecret: string
  databasePassword: string
  appDatabasePassword: string
}

const generate = (): LocalSecrets => ({
  payloadSecret: randomBytes(32).toString('base64url'),
  databasePassword: randomBytes(24).toString('base64url'),
  appDatabasePassword: randomBytes(24).toString('base64url'),
})

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'keystore', 'local-secrets.json')
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>)
    : undefined
  // A key store from an earlier version keeps its secrets and gains the ones added since.
  const secrets = { ...generate(), ...stored }
  if (stored && Object.keys(stored).length === Object.keys(secrets).length) return secrets
  mkdirSync(dataDir, { recursive: true })
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
