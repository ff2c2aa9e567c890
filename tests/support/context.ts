// What globalSetup hands to the test files.
export type TestContext = {
  databaseUrl: string
  payloadSecret: string
  cmsUrl: string
  /** The public portal server and the directory holding its builds (`current` → the live one). */
  siteUrl: string
  siteRoot: string
  /** Demo account e-mail → password, generated per test run. */
  passwords: Record<string, string>
}

declare module 'vitest' {
  export interface ProvidedContext {
    haiqiao: TestContext
  }
}
