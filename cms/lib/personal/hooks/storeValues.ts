// afterChange: the values taken by takeValues.ts are stored as ciphertext and blind index; the answer shows
// them masked.
import type { CollectionAfterChangeHook } from 'payload'
import { getCrypto } from '../../crypto/index.ts'
import { updateColumns } from '../../db/sql.ts'
import { PERSONAL_DATA_TYPES } from '../kinds.ts'
import { snake, type PersonalStorage } from '../storage.ts'

export const storeValues =
  ({ table, fields, context, indexOf, stash }: PersonalStorage): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const columns: Record<string, string | null> = {}
    for (const field of fields) {
      if (!(stash(field) in req.context)) continue
      const value = req.context[stash(field)] as string | null
      delete req.context[stash(field)]
      columns[`${snake(field.name)}_cipher`] =
        value === null ? null : getCrypto().encryptField(value, context(field, doc.id))
      columns[`${snake(field.name)}_index`] = value === null ? null : indexOf(field, value)
      doc[field.name] = value === null ? null : PERSONAL_DATA_TYPES[field.dataType].mask(value)
    }
    await updateColumns(req, table, doc.id, columns)
    return doc
  }
