// What the login steps send to /api/users/login* and /api/users/setup, and the answers they read back.

/** Where the browser is in a staff login. */
export type Step =
  | { name: 'setup' }
  | { name: 'credentials'; notice?: string }
  | { name: 'mfa'; challenge: string; useRecovery: boolean }
  | { name: 'enroll'; challenge: string; secret: string; qrCode: string }
  | { name: 'codes'; codes: string[]; then: Answer }
  | { name: 'password'; challenge: string; reason: string }

/** A login endpoint's answer: the next step and its challenge, recovery codes shown once, or a session. */
export type Answer = {
  next?: 'mfa' | 'enroll' | 'password'
  challenge?: string
  secret?: string
  qrCode?: string
  reason?: string
  recoveryCodes?: string[]
  token?: string
  error?: { message: string }
}

/** POSTs JSON; a refused request throws an Error with the endpoint's Chinese message. */
export async function post(url: string, body: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await res.json().catch(() => ({}))) as Answer
  if (!res.ok) throw new Error(answer.error?.message ?? `请求失败（${res.status}）`)
  return answer
}

/** A form field's text ('' when absent). */
export const value = (form: FormData, name: string) => String(form.get(name) ?? '')
