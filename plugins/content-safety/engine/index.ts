// The content-safety text engine (modules 23, 24): plain TypeScript on its own data (data/), without
// Payload, Next, React or the CMS (checked by the dependency rule `engine-pure`). Compile the dictionary's
// rows once, then check any number of texts:
//
//   const dictionary = compileDictionary(rows)
//   const findings = check('文本', dictionary)   // Finding[]: rule, level, found, offset, suggestion, message …
import { Checker } from './checker.ts'
import type { CompiledDictionary, DictionaryRow, Finding } from './types.ts'

export type {
  CompiledDictionary,
  DictionaryChanges,
  DictionaryRow,
  ListType,
  Finding,
  FindingRule,
  Level,
} from './types.ts'

/** Compiles the rows (an Aho–Corasick automaton, the protected terms' near-misses; ~0.5 s the first time for the typo model). */
export const compileDictionary = (rows: DictionaryRow[]): CompiledDictionary => new Checker(rows)

/** Every finding in `text` with `dictionary`, in order of offset; `context`: characters either side (default 10). */
export const check = (text: string, dictionary: CompiledDictionary, context = 10): Finding[] =>
  dictionary.check(text, context)
