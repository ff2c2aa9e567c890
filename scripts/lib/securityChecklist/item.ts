// What a checklist item is, and the test files and notes several sections of the checklist refer to.

/** One automated test: its file and a unique part of the test's full name. */
export type CheckRef = { file: string; name: string }
export type ChecklistItem = {
  id: string
  title: string
  risk?: '高' | '中' | '低'
  status: 'tests' | 'static' | 'na' | 'todo'
  tests?: CheckRef[]
  staticCheck?: 'no-secrets-in-repo'
  note?: string
}

export const t = (file: string, name: string): CheckRef => ({ file, name })
export const ID = 'tests/security/identity.test.ts'
export const AUDIT = 'tests/security/audit.test.ts'
export const PASSWORDS = 'tests/security/passwords.test.ts'
export const MFA = 'tests/security/mfa.test.ts'
export const SESSIONS = 'tests/security/sessionLimits.test.ts'
export const AUDIT_STORAGE = 'tests/security/auditStorage.test.ts'
export const AUDIT_TX = 'tests/security/auditTransactions.test.ts'
export const HTTP = 'tests/security/http.test.ts'
export const FRONT = 'tests/security/front.test.ts'
export const GRAPHQL = 'tests/security/graphql.test.ts'
export const ACCESS = 'tests/content/access.test.ts'
export const CRYPTO = 'tests/security/crypto.test.ts'
export const LOGIN_E2E = 'tests/e2e/adminLogin.test.ts'
export const PERSONAL = 'tests/security/personal.test.ts'
export const RETENTION = 'tests/security/auditRetention.test.ts'
export const TAMPER = 'tests/security/auditTamper.test.ts'
export const DEFAULTS = 'tests/security/accessDefaults.test.ts'
export const REPLAY = 'tests/security/loginReplay.test.ts'
export const PORTAL = 'tests/security/portalSubmissions.test.ts'

export const OPS = '部署与运维措施（网络、主机、制度），不由应用实现'
export const NO_LICENCE = '本平台不调用电子证照（用证系统专项）'
