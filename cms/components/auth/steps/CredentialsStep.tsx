// Step 1: e-mail and password.
import { field } from './field.tsx'
import { post, value } from './loginApi.ts'
import type { StepProps } from './useLoginFlow.ts'

export function CredentialsStep({
  api,
  busy,
  submit,
  follow,
  notice,
}: StepProps & { notice?: string }) {
  return (
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
      {notice && (
        <p className="hq-login__notice" role="status">
          {notice}
        </p>
      )}
      {field('email', '邮箱', { type: 'email', autoComplete: 'username', autoFocus: true })}
      {field('password', '密码', { type: 'password', autoComplete: 'current-password' })}
      <button type="submit" className="btn btn--style-primary" disabled={busy}>
        下一步
      </button>
      <p className="hq-login__hint">忘记密码或丢失手机，请联系系统管理员重置。</p>
    </form>
  )
}
