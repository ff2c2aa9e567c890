// Before an entry of the dictionary is validated: the word trimmed, and its level set by its kind — a
// protected term's near-misses always block, an allow-list entry has no level, other kinds take their
// default level (engine/terms.ts) when none is set.
import type { CollectionBeforeValidateHook } from 'payload'
import { DEFAULT_LEVEL, type EntryKind } from '../engine/terms.ts'

export const entryDefaults: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  if (typeof data.word === 'string') data.word = data.word.trim()
  if (data.kind === 'protected') data.level = 'block'
  else if (data.kind === 'allow') data.level = null
  else if (data.kind && !data.level) data.level = DEFAULT_LEVEL[data.kind as EntryKind]
  return data
}
