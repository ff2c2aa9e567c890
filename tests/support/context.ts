// What globalSetup hands to the test files.
export type TestContext = {
  /** The database owner's connection (migrations, seed, test set-up); the CMS server uses `runtimeDatabaseUrl`. */
  databaseUrl: string
  runtimeDatabaseUrl: string
  payloadSecret: string
  cmsUrl: string
  /** The public portal server and the directory holding its builds (`current` → the live one). */
  siteUrl: string
  siteRoot: string
  /** Staff e-mail → password, generated per test run: the demo accounts and the system admin made by setup. */
  passwords: Record<string, string>
  /** Staff e-mail → TOTP secret enrolled at their first login, and the JWT of that login's session. */
  totpSecrets: Record<string, string>
  sessions: Record<string, string>
  /** The key store the CMS server uses (HAIQIAO_KEYSTORE_DIR), for a second server started by a test. */
  keystoreDir: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    haiqiao: TestContext
  }
}
