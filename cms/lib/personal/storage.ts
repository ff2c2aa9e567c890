// Where a collection's personal-data fields are stored: the SM4 ciphertext column bound to its row, the
// HMAC-SM3 blind index column, and the request-context key that carries a new value between hooks.
import type { Field, PayloadRequest } from 'payload'
import { getCrypto } from '../crypto/index.ts'
import type { PersonalDataType } from './kinds.ts'

export type PersonalField = {
  name: string
  dataType: PersonalDataType
  label: { zh: string; en: string }
}
/** Who may see a clear value of `doc` (the purpose is required separately). */
export type RevealRule = (req: PayloadRequest, doc: { id: string }) => boolean

/** camelCase field name → snake_case column name. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

const NO_API = { create: () => false, read: () => false, update: () => false }

/** The personal-data fields of one collection and how their columns are named, encrypted and indexed. */
export type PersonalStorage = {
  slug: string
  table: string
  fields: PersonalField[]
  /** Encryption context: the ciphertext is bound to its table, column and row. */
  context: (field: PersonalField, rowId: string) => { table: string; column: string; rowId: string }
  /** Blind index of a normalised value, for exact search. */
  indexOf: (field: PersonalField, value: string) => string
  /** Request-context key carrying a field's new value from beforeChange to afterChange. */
  stash: (field: PersonalField) => string
}

export function personalStorage(
  slug: string,
  table: string,
  fields: PersonalField[],
): PersonalStorage {
  return {
    slug,
    table,
    fields,
    context: (field, rowId) => ({ table, column: field.name, rowId }),
    indexOf: (field, value) => getCrypto().blindIndex(value, { table, column: field.name }),
    stash: (field) => `haiqiao.personal.${field.name}`,
  }
}

/** Per personal field: the virtual field shown in the admin, and its hidden cipher and index columns. */
export const storedFields = (fields: PersonalField[]): Field[] =>
  fields.flatMap((field) => [
    {
      name: field.name,
      type: 'text',
      virtual: true,
      label: field.label,
      admin: {
        description: '个人信息：加密存储，列表与接口中脱敏显示',
        components: { afterInput: ['/components/personal/RevealValue.tsx#RevealValue'] },
      },
    } satisfies Field,
    { name: `${field.name}Cipher`, type: 'text', hidden: true, access: NO_API } satisfies Field,
    {
      name: `${field.name}Index`,
      type: 'text',
      hidden: true,
      index: true,
      access: NO_API,
    } satisfies Field,
  ])
