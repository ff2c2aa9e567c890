// Step 2: the TOTP code from the authenticator app, or one of the recovery codes.
import { field } from './field.tsx'
import { post, value } from './loginApi.ts'
import type { StepProps } from './useLoginFlow.ts'

type Props = StepProps & {
  challenge: string
  useRecovery: boolean
  /** Switches between the TOTP code and a recovery code. */
  toggleRecovery: () => void
}

export function MfaStep({
  api,
  busy,
  submit,
  follow,
  challenge,
  useRecovery,
  toggleRecovery,
}: Props) {
  return (
    <form
      onSubmit={submit(async (form) =>
        follow(
          await post(
            `${api}/login/verify`,
            useRecovery
              ? { challenge, recoveryCode: value(form, 'recovery') }
              : { challenge, code: value(form, 'code') },
          ),
        ),
      )}
    >
      <h2>双因素认证</h2>
      {useRecovery
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
      <button type="button" className="hq-login__link" onClick={toggleRecovery}>
        {useRecovery ? '改用动态验证码' : '手机不在身边？使用恢复码'}
      </button>
    </form>
  )
}
