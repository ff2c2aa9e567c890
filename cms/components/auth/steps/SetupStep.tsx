// First use: the first system administrator is created with the setup code shown at start.
import { field } from './field.tsx'
import { post, value } from './loginApi.ts'
import type { StepProps } from './useLoginFlow.ts'

type Props = Omit<StepProps, 'follow'> & {
  /** Back to the login form, with a notice when the administrator was just created. */
  toLogin: (notice?: string) => void
}

export function SetupStep({ api, busy, submit, toLogin }: Props) {
  return (
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
        toLogin('系统管理员已创建。请用刚设置的邮箱和密码登录，并绑定动态验证码。')
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
      <button type="button" className="hq-login__link" onClick={() => toLogin()}>
        已有账号（如演示账号）？直接登录
      </button>
    </form>
  )
}
