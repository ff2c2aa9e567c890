// The stable key of a state or a transition: what documents, history entries and endpoints refer to.
import type { Field } from 'payload'

function keyFormat(value: unknown): true | string {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value)
    ? true
    : '标识只能使用小写字母、数字和连字符，并以字母开头'
}

export const keyField: Field = {
  name: 'key',
  type: 'text',
  required: true,
  label: { zh: '标识', en: 'Key' },
  validate: keyFormat,
}
