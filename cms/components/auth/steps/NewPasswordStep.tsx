// Step 3, when required: a new password (first login, reset by an administrator, or expired).
import { field } from './field.tsx'
import { post, value } from './loginApi.ts'
import type { StepProps } from './useLoginFlow.ts'

type Props = StepProps & { challenge: string; reason: string }

export function NewPasswordStep({ api, busy, submit, follow, challenge, reason }: Props) {
  return (
    <form
      onSubmit={submit(async (form) => {
        if (value(form, 'password') !== value(form, 'confirm'))
          throw new Error('两次输入的密码不一致')
        follow(
          await post(`${api}/login/password`, { challenge, password: value(form, 'password') }),
        )
      })}
    >
      <h2>设置新密码</h2>
      <p>{reason}</p>
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
  )
}
