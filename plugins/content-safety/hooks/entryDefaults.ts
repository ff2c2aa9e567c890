// Before an entry of the dictionary is validated: the word trimmed, and its level set by its list type — a
// protected term's near-misses always block, an allow-list entry has no level, other list types take their
// default level (engine/terms.ts) when none is set.
import type { CollectionBeforeValidateHook } from 'payload'
import { DEFAULT_LEVEL, type ListType } from '../engine/terms.ts'

export const entryDefaults: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  if (typeof data.word === 'string') data.word = data.word.trim()
  if (data.listType === 'protected') data.level = 'block'
  else if (data.listType === 'allow') data.level = null
  else if (data.listType && !data.level) data.level = DEFAULT_LEVEL[data.listType as ListType]
  return data
}
