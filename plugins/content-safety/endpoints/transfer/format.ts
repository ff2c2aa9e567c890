// The dictionary's file format for import and export (module 23): txt, csv or xlsx, one entry per line.
// Columns: 词语, 类型, 类别, 级别, 建议替换, 说明, 来源, 拼音, 同音 (English headers word, listType, … also read;
// 拼音 是/否: match the word's pinyin and initials too; 同音 是/否: match one character replaced by a
// homophone too). A txt file has its columns separated by tabs; lines starting
// with # are ignored.
import { LIST_TYPE_NAMES, LEVEL_NAMES, type ListType, type Level } from '../../engine/terms.ts'

/** One dictionary entry as a line of the file. */
export type Row = {
  word: string
  listType: ListType
  category: string | null
  level: Level | null
  replacement: string | null
  note: string | null
  source: string | null
  pinyin: boolean
  homophones: boolean
}

/** The columns in their order: `key` the English header (and the entry's field), `zh` the Chinese header. */
export const COLUMNS = [
  { key: 'word', zh: '词语' },
  { key: 'listType', zh: '类型' },
  { key: 'category', zh: '类别' },
  { key: 'level', zh: '级别' },
  { key: 'replacement', zh: '建议替换' },
  { key: 'note', zh: '说明' },
  { key: 'source', zh: '来源' },
  { key: 'pinyin', zh: '拼音' },
  { key: 'homophones', zh: '同音' },
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']

/** The 拼音 and 同音 columns: yes, or no (empty is no). */
export const YES = new Set(['是', 'y', 'yes', 'true', '1'])
export const NO = new Set(['', '否', 'n', 'no', 'false', '0'])

/** A list type or level as written in a file: its Chinese name or its code (已不在任人员 is read too). */
export const LIST_TYPE_OF = new Map<string, ListType>([
  ...Object.entries(LIST_TYPE_NAMES).flatMap(
    ([listType, name]) =>
      [
        [listType, listType],
        [name, listType],
      ] as [string, ListType][],
  ),
  ['已不在任人员', 'retired'],
])
export const LEVEL_OF = new Map<string, Level>(
  Object.entries(LEVEL_NAMES).flatMap(
    ([level, name]) =>
      [
        [level, level],
        [name, level],
      ] as [string, Level][],
  ),
)

/** Largest file accepted, in bytes, and most entries in one import. */
export const MAX_FILE = 5 * 1024 * 1024
export const MAX_ROWS = 100_000
