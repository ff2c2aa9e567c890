// beforeChange: new personal values are taken out of the data, checked and normalised; they are written
// after the row exists (its id is part of the encryption context, storeValues.ts).
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { isMasked, PERSONAL_DATA_TYPES } from '../kinds.ts'
import type { PersonalStorage } from '../storage.ts'

export const takeValues =
  ({ slug, fields, stash }: PersonalStorage): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    for (const field of fields) {
      const value = data[field.name]
      delete data[field.name]
      if (value === null || value === '') req.context[stash(field)] = null
      else if (typeof value === 'string' && !isMasked(value)) {
        const rule = PERSONAL_DATA_TYPES[field.dataType]
        const normalised = rule.normalise(value)
        const problem = rule.problem(normalised)
        if (problem)
          throw new ValidationError(
            { collection: slug, errors: [{ path: field.name, message: problem }] },
            req.t,
          )
        req.context[stash(field)] = normalised
      }
    }
    return data
  }
