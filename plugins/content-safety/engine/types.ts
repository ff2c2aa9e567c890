// The engine's contract: the dictionary rows it is compiled from and the findings it reports. Plain data —
// the engine (this folder) knows nothing of Payload, the CMS or the admin; the plugin around it stores the
// rows (collections/words.ts) and places the findings in a document's fields (utilities/document.ts).
import type { ListType, Level } from './terms.ts'

export type { ListType, Level }

/** One dictionary entry. `id` identifies it for incremental updates (Checker.update); given rows without one are numbered. */
export type DictionaryRow = {
  id?: string
  word: string
  /** Which list the entry is on: sensitive word, typo, protected term, outdated, retired, allow-list. */
  listType: ListType
  category?: string | null
  level?: Level | null
  replacement?: string | null
  note?: string | null
  /** Also match the word written in pinyin, pinyin mixed with characters and (three characters or more) its initials. */
  pinyin?: boolean | null
  /** Also match the word with one character replaced by a homophone (发轮功 for 法轮功), at the entry's level. */
  homophones?: boolean | null
}

/** Which check found it (the finding's rule); `attachment`: an attached file whose text could not be read in full (the plugin's utilities/attachments.ts). */
export type FindingRule =
  'sensitive' | 'typo' | 'protected' | 'outdated' | 'retired' | 'secret' | 'personal' | 'attachment'

export type Finding = {
  rule: FindingRule
  level: Level
  /** The dictionary term (or what was detected). */
  word: string
  /** The text as written (personal data masked). */
  found: string
  category: string
  suggestion?: string | null
  /** For typos found through the confusion sets: how sure the check is (0–1). */
  confidence?: number
  /** Where `found` is in the text: offset and length in UTF-16 units (a character beyond the BMP is two). */
  offset: number
  length: number
  /** `found` with some context either side (personal data masked). */
  text: string
  /** What is wrong, for the editor (Chinese). */
  message: string
}

/** A change of the dictionary: rows added or changed (by id), rows removed (their ids). */
export type DictionaryChanges = { put: (DictionaryRow & { id: string })[]; remove: string[] }

/** A dictionary compiled for checking (index.ts, compileDictionary): build once, check many texts. */
export interface CompiledDictionary {
  /** How many entries it holds. */
  readonly size: number
  /** Every finding in `text`, in order of offset, with `context` characters (default 10) either side. */
  check(text: string, context?: number): Finding[]
  /** Applies a change in place (cheaper than compiling again for a few entries). */
  update(changes: DictionaryChanges): void
}
