// After enrolment: the recovery codes, shown this once, before the login goes on.

type Props = {
  codes: string[]
  /** Goes on to what the answer that carried the codes leads to. */
  proceed: () => void
}

export function RecoveryCodesStep({ codes, proceed }: Props) {
  return (
    <div>
      <h2>请保存恢复码</h2>
      <p>
        手机丢失时，可用以下恢复码代替动态验证码登录，每个只能使用一次。它们只显示这一次，请抄写或打印后妥善保管。
      </p>
      <ol className="hq-login__codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--style-primary" onClick={proceed}>
        我已妥善保存，继续
      </button>
    </div>
  )
}
