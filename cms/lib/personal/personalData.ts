// Personal data in a collection: each listed field is a virtual field whose value lives only as SM4
// ciphertext bound to its row (`<field>_cipher`) plus an HMAC-SM3 blind index (`<field>_index`) for exact
// search (storage.ts). Output is masked; the clear value is shown only when the request asks for it with a
// purpose (`?reveal=<field>&purpose=…`) and the role allows it, and every such read is written to the audit
// log (hooks/).
import type { CollectionConfig } from 'payload'
import { tableOf } from '../db/sql.ts'
import { searchByIndex } from './hooks/searchByIndex.ts'
import { showValues } from './hooks/showValues.ts'
import { storeValues } from './hooks/storeValues.ts'
import { takeValues } from './hooks/takeValues.ts'
import {
  personalStorage,
  snake,
  storedFields,
  type PersonalField,
  type RevealRule,
} from './storage.ts'

export type { PersonalField, RevealRule } from './storage.ts'

export function personalData(
  config: CollectionConfig,
  fields: PersonalField[],
  canReveal: RevealRule,
): CollectionConfig {
  const storage = personalStorage(config.slug, snake(tableOf(config.slug)), fields)
  const hooks = config.hooks ?? {}
  return {
    ...config,
    fields: [...config.fields, ...storedFields(fields)],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), searchByIndex(storage)],
      beforeChange: [...(hooks.beforeChange ?? []), takeValues(storage)],
      afterChange: [storeValues(storage), ...(hooks.afterChange ?? [])],
      beforeRead: [...(hooks.beforeRead ?? []), showValues(storage, canReveal)],
    },
  }
}
