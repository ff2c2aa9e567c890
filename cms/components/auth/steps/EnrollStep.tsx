// First login: the authenticator app is bound by scanning the QR code and entering its first code.
import { field } from './field.tsx'
import { post, value } from './loginApi.ts'
import type { StepProps } from './useLoginFlow.ts'

type Props = StepProps & { challenge: string; secret: string; qrCode: string }

export function EnrollStep({ api, busy, submit, follow, challenge, secret, qrCode }: Props) {
  return (
    <form
      onSubmit={submit(async (form) =>
        follow(await post(`${api}/login/verify`, { challenge, code: value(form, 'code') })),
      )}
    >
      <h2>绑定动态验证码</h2>
      <p>
        所有工作人员必须启用双因素认证。请用身份验证器 App（如 FreeOTP、Google
        Authenticator、微软验证器）扫描二维码，或手动输入密钥：
      </p>
      <img src={qrCode} alt="动态验证码绑定二维码" width={200} height={200} />
      <p>
        密钥：<code className="hq-login__secret">{secret}</code>
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
  )
}
