// Staff identity policy (等保 8.1.4 身份鉴别). Defaults meet 等保三级; deployments tighten them through env.
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const IDENTITY_POLICY = {
  minLength: 8,
  /** Of lower case, upper case, digits and symbols. */
  minClasses: 3,
  historySize: 5,
  expiryDays: number('HAIQIAO_PASSWORD_EXPIRY_DAYS', 90),
  maxFailures: 5,
  lockMinutes: 30,
  /** Failed logins per client IP in a sliding window of `ipWindowMinutes`. */
  ipMaxFailures: number('HAIQIAO_LOGIN_IP_LIMIT', 30),
  ipWindowMinutes: 15,
  /** A session ends this long after its last refresh: the admin UI refreshes while the user is active. */
  idleSeconds: number('HAIQIAO_SESSION_IDLE_SECONDS', 30 * 60),
  /** And in any case this long after login. */
  maxSessionSeconds: number('HAIQIAO_SESSION_MAX_SECONDS', 8 * 3600),
  /** An account unused this long is disabled until the system admin sets a new password (seed 004 item 11). */
  dormantDays: number('HAIQIAO_DORMANT_DAYS', 30),
  /** A password set by an administrator must be changed by its owner within this time. */
  initialPasswordHours: 72,
  /** PBKDF2-HMAC-SM3 iterations for new password hashes. */
  kdfIterations: 100_000,
  /** A login challenge (second step) expires after this long. */
  challengeSeconds: 300,
} as const

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/]

/** Why a new password is not acceptable (Chinese, for the person choosing it), or null. */
export function passwordProblem(
  password: string,
  account: { email?: string | null; name?: string | null },
): string | null {
  if (password.length < IDENTITY_POLICY.minLength) return `密码至少 ${IDENTITY_POLICY.minLength} 位`
  if (password.length > 128) return '密码不能超过 128 位'
  if (CLASSES.filter((pattern) => pattern.test(password)).length < IDENTITY_POLICY.minClasses) {
    return '密码须包含大写字母、小写字母、数字、特殊符号中的至少 3 类'
  }
  const local = account.email?.split('@')[0]?.toLowerCase()
  if (local && local.length >= 3 && password.toLowerCase().includes(local))
    return '密码不能包含账号名'
  return null
}

const DAY = 86_400_000

export function passwordExpired(
  changedAt: string | Date | null | undefined,
  now = new Date(),
): boolean {
  if (!changedAt) return true
  return now.getTime() - new Date(changedAt).getTime() > IDENTITY_POLICY.expiryDays * DAY
}

/** Why an account whose password was just verified may not log in (dormant, initial password too old), or null. */
export function accountDisabled(
  account: {
    mustChangePassword?: boolean | null
    passwordChangedAt?: string | null
    lastLoginAt?: string | null
  },
  now = Date.now(),
): string | null {
  const changed = account.passwordChangedAt ? new Date(account.passwordChangedAt).getTime() : 0
  if (
    account.mustChangePassword &&
    now - changed > IDENTITY_POLICY.initialPasswordHours * 3_600_000
  ) {
    return `初始密码超过 ${IDENTITY_POLICY.initialPasswordHours} 小时未修改，账号已停用。请联系系统管理员重新设置密码`
  }
  const lastActive = Math.max(
    changed,
    account.lastLoginAt ? new Date(account.lastLoginAt).getTime() : 0,
  )
  if (now - lastActive > IDENTITY_POLICY.dormantDays * DAY) {
    return `账号超过 ${IDENTITY_POLICY.dormantDays} 天未使用，已停用。请联系系统管理员重新设置密码以启用`
  }
  return null
}
