'use client'
// The steps of a staff login in the browser: password → second factor (or first-time enrolment with the
// recovery codes shown once) → a new password when required. Talks only to /api/users/login*.
import { useState, type FormEvent } from 'react'

type Step =
  | { name: 'setup' }
  | { name: 'credentials'; notice?: string }
  | { name: 'mfa'; challenge: string; useRecovery: boolean }
  | { name: 'enroll'; challenge: string; secret: string; qrCode: string }
  | { name: 'codes'; codes: string[]; then: Answer }
  | { name: 'password'; challenge: string; reason: string }

type Answer = {
  next?: 'mfa' | 'enroll' | 'password'
  challenge?: string
  secret?: string
  qrCode?: string
  reason?: string
  recoveryCodes?: string[]
  token?: string
  error?: { message: string }
}

type Props = { setupPending: boolean; redirect: string; api: string }

async function post(url: string, body: Record<string, string>): Promise<Answer> {
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

const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
  <div className="hq-login__field">
    <label htmlFor={`hq-${name}`}>{label}</label>
    <input id={`hq-${name}`} name={name} required {...props} />
  </div>
)

export function LoginFlow({ setupPending, redirect, api }: Props) {
  const [step, setStep] = useState<Step>(setupPending ? { name: 'setup' } : { name: 'credentials' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  /** Where an answer leads: the next step, the recovery codes first, or into the admin. */
  const follow = (answer: Answer) => {
    if (answer.recoveryCodes?.length)
      return setStep({
        name: 'codes',
        codes: answer.recoveryCodes,
        then: { ...answer, recoveryCodes: undefined },
      })
    if (answer.next === 'mfa')
      return setStep({ name: 'mfa', challenge: answer.challenge!, useRecovery: false })
    if (answer.next === 'enroll')
      return setStep({
        name: 'enroll',
        challenge: answer.challenge!,
        secret: answer.secret!,
        qrCode: answer.qrCode!,
      })
    if (answer.next === 'password')
      return setStep({
        name: 'password',
        challenge: answer.challenge!,
        reason: answer.reason ?? '请设置新密码',
      })
    window.location.assign(redirect)
  }

  const submit =
    (action: (form: FormData) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault()
      setError('')
      setBusy(true)
      try {
        await action(new FormData(event.currentTarget))
      } catch (failure) {
        setError((failure as Error).message)
      } finally {
        setBusy(false)
      }
    }
  const value = (form: FormData, name: string) => String(form.get(name) ?? '')

  return (
    <div className="hq-login">
      <h1>海桥管理平台</h1>
      {error && (
        <p className="hq-login__error" role="alert">
          {error}
        </p>
      )}

      {step.name === 'setup' && (
        <form
          onSubmit={submit(async (form) => {
            if (value(form, 'password') !== value(form, 'confirm'))
              throw new Error('两次输入的密码不一致')
            await post(`${api}/setup`, {
              code: value(form, 'code'),
              name: value(form, 'name'),
              email: value(form, 'email'),
              password: value(form, 'password'),
            })
            setStep({
              name: 'credentials',
              notice: '系统管理员已创建。请用刚设置的邮箱和密码登录，并绑定动态验证码。',
            })
          })}
        >
          <h2>首次使用：创建系统管理员</h2>
          <p>
            系统中还没有系统管理员。请输入启动时显示的初始化码（也保存在密钥库的 setup-code
            文件中），设置系统管理员账号。
          </p>
          {field('code', '初始化码', { autoComplete: 'off', inputMode: 'numeric' })}
          {field('name', '姓名', { autoComplete: 'name', maxLength: 40 })}
          {field('email', '邮箱', { type: 'email', autoComplete: 'username' })}
          {field('password', '密码（至少 8 位，含大写、小写、数字、符号中的 3 类）', {
            type: 'password',
            autoComplete: 'new-password',
            minLength: 8,
          })}
          {field('confirm', '再次输入密码', {
            type: 'password',
            autoComplete: 'new-password',
            minLength: 8,
          })}
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            创建系统管理员
          </button>
          <button
            type="button"
            className="hq-login__link"
            onClick={() => setStep({ name: 'credentials' })}
          >
            已有账号（如演示账号）？直接登录
          </button>
        </form>
      )}

      {step.name === 'credentials' && (
        <form
          onSubmit={submit(async (form) =>
            follow(
              await post(`${api}/login`, {
                email: value(form, 'email'),
                password: value(form, 'password'),
              }),
            ),
          )}
        >
          <h2>工作人员登录</h2>
          {step.notice && (
            <p className="hq-login__notice" role="status">
              {step.notice}
            </p>
          )}
          {field('email', '邮箱', { type: 'email', autoComplete: 'username', autoFocus: true })}
          {field('password', '密码', { type: 'password', autoComplete: 'current-password' })}
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            下一步
          </button>
          <p className="hq-login__hint">忘记密码或丢失手机，请联系系统管理员重置。</p>
        </form>
      )}

      {step.name === 'mfa' && (
        <form
          onSubmit={submit(async (form) =>
            follow(
              await post(
                `${api}/login/verify`,
                step.useRecovery
                  ? { challenge: step.challenge, recoveryCode: value(form, 'recovery') }
                  : { challenge: step.challenge, code: value(form, 'code') },
              ),
            ),
          )}
        >
          <h2>双因素认证</h2>
          {step.useRecovery
            ? field('recovery', '恢复码（每个只能使用一次）', {
                autoComplete: 'off',
                autoFocus: true,
              })
            : field('code', '动态验证码（身份验证器 App 中的 6 位数字）', {
                autoComplete: 'one-time-code',
                inputMode: 'numeric',
                pattern: '\\d{6}',
                maxLength: 6,
                autoFocus: true,
              })}
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            验证并登录
          </button>
          <button
            type="button"
            className="hq-login__link"
            onClick={() => setStep({ ...step, useRecovery: !step.useRecovery })}
          >
            {step.useRecovery ? '改用动态验证码' : '手机不在身边？使用恢复码'}
          </button>
        </form>
      )}

      {step.name === 'enroll' && (
        <form
          onSubmit={submit(async (form) =>
            follow(
              await post(`${api}/login/verify`, {
                challenge: step.challenge,
                code: value(form, 'code'),
              }),
            ),
          )}
        >
          <h2>绑定动态验证码</h2>
          <p>
            所有工作人员必须启用双因素认证。请用身份验证器 App（如 FreeOTP、Google
            Authenticator、微软验证器）扫描二维码，或手动输入密钥：
          </p>
          <img src={step.qrCode} alt="动态验证码绑定二维码" width={200} height={200} />
          <p>
            密钥：<code className="hq-login__secret">{step.secret}</code>
          </p>
          {field('code', '输入 App 显示的 6 位验证码以确认绑定', {
            autoComplete: 'one-time-code',
            inputMode: 'numeric',
            pattern: '\\d{6}',
            maxLength: 6,
            autoFocus: true,
          })}
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            确认绑定
          </button>
        </form>
      )}

      {step.name === 'codes' && (
        <div>
          <h2>请保存恢复码</h2>
          <p>
            手机丢失时，可用以下恢复码代替动态验证码登录，每个只能使用一次。它们只显示这一次，请抄写或打印后妥善保管。
          </p>
          <ol className="hq-login__codes">
            {step.codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--style-primary"
            onClick={() => follow(step.then)}
          >
            我已妥善保存，继续
          </button>
        </div>
      )}

      {step.name === 'password' && (
        <form
          onSubmit={submit(async (form) => {
            if (value(form, 'password') !== value(form, 'confirm'))
              throw new Error('两次输入的密码不一致')
            follow(
              await post(`${api}/login/password`, {
                challenge: step.challenge,
                password: value(form, 'password'),
              }),
            )
          })}
        >
          <h2>设置新密码</h2>
          <p>{step.reason}</p>
          {field(
            'password',
            '新密码（至少 8 位，含大写、小写、数字、符号中的 3 类，不能与最近 5 次相同）',
            { type: 'password', autoComplete: 'new-password', minLength: 8 },
          )}
          {field('confirm', '再次输入新密码', {
            type: 'password',
            autoComplete: 'new-password',
            minLength: 8,
          })}
          <button type="submit" className="btn btn--style-primary" disabled={busy}>
            保存并登录
          </button>
        </form>
      )}
    </div>
  )
}
