// Staff login as a client does it: password, then the second factor (enrolling it on first login), then a
// new password when one is required. Shared by globalSetup and the identity tests.
import { Secret, TOTP } from 'otpauth'

const lastStep = new Map<string, number>()

/**
 * A valid code for `secret`. The server accepts one step either side of now but never the same step twice,
 * so a second login within 30 seconds uses the next step.
 */
export function totpCode(secret: string, now = Date.now()): string {
  const current = Math.floor(now / 30_000)
  const step = Math.max(current, (lastStep.get(secret) ?? -1) + 1)
  if (step > current + 1) throw new Error('同一账号 30 秒内最多登录两次（动态验证码不能重复使用）')
  lastStep.set(secret, step)
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 })
}

export type LoginResult = {
  token: string
  cookie: string
  secret: string
  recoveryCodes?: string[]
}

type Answer = {
  next?: string
  challenge?: string
  secret?: string
  token?: string
  recoveryCodes?: string[]
  error?: { message: string }
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Answer; cookie: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return {
    status: res.status,
    body: (await res.json()) as Answer,
    cookie: res.headers.get('set-cookie') ?? '',
  }
}

/** Logs in all the way; `secret` is the account's TOTP secret once enrolled, `newPassword` answers a required change. */
export async function login(
  cmsUrl: string,
  email: string,
  password: string,
  options: { secret?: string; newPassword?: string } = {},
): Promise<LoginResult> {
  const api = `${cmsUrl}/api/users`
  const step = (name: string, { status, body }: { status: number; body: Answer }) => {
    if (status !== 200) throw new Error(`${email} ${name}：${status} ${body.error?.message ?? ''}`)
    return body
  }
  const first = step('登录', await post(`${api}/login`, { email, password }))
  const secret = first.next === 'enroll' ? first.secret! : options.secret
  if (!secret) throw new Error(`${email} 已绑定动态验证码，但未提供密钥`)
  let answer = await post(`${api}/login/verify`, {
    challenge: first.challenge,
    code: totpCode(secret),
  })
  const recoveryCodes = step('动态验证码', answer).recoveryCodes
  if (answer.body.next === 'password') {
    if (!options.newPassword) throw new Error(`${email} 需要修改密码`)
    answer = await post(`${api}/login/password`, {
      challenge: answer.body.challenge,
      password: options.newPassword,
    })
    step('修改密码', answer)
  }
  return { token: answer.body.token!, cookie: answer.cookie, secret, recoveryCodes }
}
