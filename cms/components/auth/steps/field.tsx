// One labelled input of the login forms.

export const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
  <div className="hq-login__field">
    <label htmlFor={`hq-${name}`}>{label}</label>
    <input id={`hq-${name}`} name={name} required {...props} />
  </div>
)
