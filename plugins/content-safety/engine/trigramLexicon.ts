// The word list of SunPinyin's pinyin trie (`pydict_sc.bin` of Debian's sunpinyin-data): the word ids the
// trigram model (trigramModel.ts) is keyed by. Layout (little-endian 32-bit words): word count, node count,
// byte offset of the strings; then the trie nodes (not needed here); from that offset to the end, one
// zero-terminated UCS-4 string per word id, in id order (ids without a word have an empty string).
import { readFileSync } from 'node:fs'

/** Word ↔ id of the model's lexicon. */
export type TrigramLexicon = {
  /** Number of word ids (the highest id + 1). */
  size: number
  /** The longest word's length in code points. */
  longest: number
  /** The id of a word; for the few words listed under two ids, the one `prefer` ranks higher. */
  idOf(word: string): number | undefined
  /** The word of an id ('' for ids without one, such as the unknown-word id 0). */
  wordOf(id: number): string
}

/**
 * Reads a `pydict_sc.bin` file. `prefer(a, b)` decides between two ids of one word (true keeps `a`).
 * Throws when the file is unreadable or its header does not fit it.
 */
export function loadTrigramLexicon(
  file: string,
  prefer: (a: number, b: number) => boolean,
): TrigramLexicon {
  const bytes = readFileSync(file)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint32(0, true)
  const stringsAt = view.getUint32(8, true)
  if (stringsAt < 12 || stringsAt > bytes.byteLength || (bytes.byteLength - stringsAt) % 4)
    throw new Error(`not a pinyin trie: ${file}`)
  const words: string[] = []
  const ids = new Map<string, number>()
  let codes: number[] = []
  let longest = 0
  for (let at = stringsAt; at < bytes.byteLength && words.length < count; at += 4) {
    const code = view.getUint32(at, true)
    if (code) {
      codes.push(code)
      continue
    }
    const id = words.length
    const word = String.fromCodePoint(...codes)
    longest = Math.max(longest, codes.length)
    words.push(word)
    codes = []
    const seen = ids.get(word)
    if (word && (seen === undefined || !prefer(seen, id))) ids.set(word, id)
  }
  if (words.length !== count) throw new Error(`truncated pinyin trie: ${file}`)
  return {
    size: count,
    longest,
    idOf: (word) => ids.get(word),
    wordOf: (id) => words[id] ?? '',
  }
}
