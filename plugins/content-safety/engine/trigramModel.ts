// Reader for SunPinyin's threaded back-off n-gram model (`lm_sc.t3g` of Debian's sunpinyin-data, built
// from open-gram): the file is kept as one typed array and walked in place, as SunPinyin does, so the model
// costs its file size in memory. Layout (little-endian, 32-bit words):
//   N, useLogPr, size of level 0..N (each counts one trailing sentinel node);
//   65,536 float32 probabilities, then 16,384 float32 back-off weights (quantisation tables);
//   levels 0..N-1 of 3-word nodes: wid:18 bow:14 | pr:16 childLo:16 | bon:23 bol:2 childHi:7;
//   level N of 2-word leaves: wid:18 prLo:14 | bon:23 bol:2 prHi:2.
// A node's children are [child, next node's child) in the next level, sorted by word id. bol/bon thread
// each node to its back-off state: the node of the history without its first word.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** A position in the model: a node's level (0 = root) and index in that level. */
export type ModelState = { level: number; index: number }

/** The word id that moves back to the root at no cost (SunPinyin's ID_NOT_WORD). */
const NOT_WORD = 69
const PR_TABLE_SIZE = 1 << 16
const BOW_TABLE_SIZE = 1 << 14
const NODE_WORDS = 3
const LEAF_WORDS = 2
const LOW_18 = 0x3ffff
const LOW_23 = 0x7fffff

/** A loaded model; every method is a few array reads and a binary search. */
export type TrigramModel = {
  /** The model's order (3 for lm_sc.t3g). */
  order: number
  /** Number of distinct words at the unigram level. */
  unigramCount: number
  /**
   * P(word | state) with the model's back-off, and the state reached (not yet reduced to a history:
   * pass it through `history` before using it as one). Mirrors SunPinyin's CThreadSlm::rawTransfer.
   */
  transfer(state: ModelState, word: number): { probability: number; next: ModelState }
  /** The state to use as history after reaching `state`: its back-off state when it has no children. */
  history(state: ModelState): ModelState
  /** Every (word id, probability) of the unigram level. */
  unigrams(): Iterable<[number, number]>
}

/** Reads the whole file into one 4-byte-aligned buffer. Throws when it cannot be read. */
function readAligned(file: string): Uint32Array {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const words = new Uint32Array(Math.ceil(size / 4))
    const bytes = new Uint8Array(words.buffer)
    for (let at = 0; at < size;) {
      const read = readSync(fd, bytes, at, size - at, at)
      if (read <= 0) throw new Error(`short read: ${file}`)
      at += read
    }
    return words
  } finally {
    closeSync(fd)
  }
}

/** Whether this machine stores numbers little-endian, as the Debian amd64 file does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** The parts of a loaded file: the words themselves, the two tables, each level's first word. */
type Layout = {
  words: Uint32Array
  order: number
  sizes: number[]
  levelAt: number[]
  pr: Float32Array
  bow: Float32Array
}

/** Reads the header and checks the file's length against it. Throws when they do not fit. */
function readLayout(file: string): Layout {
  if (!LITTLE_ENDIAN) throw new Error('the threaded model is read on little-endian machines only')
  const words = readAligned(file)
  const order = words[0]!
  // Only models that store probabilities directly (not -log) are read: Debian's file is one.
  if (!(order >= 1 && order <= 8) || words[1] !== 0)
    throw new Error(`not a threaded model: ${file}`)
  const prAt = 2 + order + 1
  if (words.length < prAt + PR_TABLE_SIZE + BOW_TABLE_SIZE)
    throw new Error(`truncated model: ${file}`)
  const sizes = Array.from({ length: order + 1 }, (_, level) => words[2 + level]!)
  const pr = new Float32Array(words.buffer, prAt * 4, PR_TABLE_SIZE)
  const bow = new Float32Array(words.buffer, (prAt + PR_TABLE_SIZE) * 4, BOW_TABLE_SIZE)
  const levelAt: number[] = []
  let at = prAt + PR_TABLE_SIZE + BOW_TABLE_SIZE
  for (let level = 0; level <= order; level++) {
    levelAt.push(at)
    at += sizes[level]! * (level < order ? NODE_WORDS : LEAF_WORDS)
  }
  // SunPinyin's own files end one word short (the last leaf sentinel's second word, never read).
  if (words.length !== at && words.length !== at - 1)
    throw new Error(`not a threaded model: ${file}`)
  return { words, order, sizes, levelAt, pr, bow }
}

/** Loads a `.t3g` file. Throws when it is unreadable or not a threaded model of that layout. */
export function loadTrigramModel(file: string): TrigramModel {
  const { words, order, sizes, levelAt, pr, bow } = readLayout(file)
  const node = (level: number, index: number) => levelAt[level]! + index * NODE_WORDS
  const firstChild = (w: number) => (words[w + 1]! >>> 16) + ((words[w + 2]! >>> 25) << 16)
  const wordAt = (level: number, index: number) =>
    words[level < order ? node(level, index) : levelAt[level]! + index * LEAF_WORDS]! & LOW_18
  const prOf = (level: number, index: number) => {
    if (level < order) return pr[words[node(level, index) + 1]! & 0xffff]!
    const w = levelAt[level]! + index * LEAF_WORDS
    return pr[(words[w]! >>> 18) + (((words[w + 1]! >>> 25) & 3) << 14)]!
  }
  /** Index of `word` among the children [from, to) of a node on `level - 1`, or -1. */
  const find = (level: number, from: number, to: number, word: number) => {
    // An id no node can hold is a word the model lacks (a NaN would otherwise match any node).
    if (!Number.isInteger(word) || word < 0 || word > LOW_18) return -1
    while (from < to) {
      const middle = (from + to) >>> 1
      const id = wordAt(level, middle)
      if (id < word) from = middle + 1
      else if (id > word) to = middle
      else return middle
    }
    return -1
  }
  /** The back-off thread (bol, bon) stored in the second/third word of a node or leaf. */
  const backOff = (w: number): ModelState => ({
    level: (words[w]! >>> 23) & 3,
    index: words[w]! & LOW_23,
  })

  return {
    order,
    unigramCount: sizes[1]! - 1,
    transfer(state, word) {
      if (word === NOT_WORD) return { probability: 1, next: { level: 0, index: 0 } }
      let { level, index } = state
      let probability = 1
      for (;;) {
        const w = node(level, level ? index : 0)
        const child = find(level + 1, firstChild(w), firstChild(w + NODE_WORDS), word)
        if (child >= 0) {
          const next = { level: level + 1, index: child }
          return { probability: probability * prOf(next.level, child), next }
        }
        probability *= bow[words[w]! >>> 18]!
        if (level === 0) break
        ;({ level, index } = backOff(w + 2))
      }
      return { probability: probability * prOf(0, 0), next: { level: 0, index: 0 } }
    },
    history(state) {
      if (state.level >= order) return backOff(levelAt[order]! + state.index * LEAF_WORDS + 1)
      const w = node(state.level, state.index)
      return firstChild(w) === firstChild(w + NODE_WORDS) ? backOff(w + 2) : state
    },
    *unigrams() {
      for (let index = 0; index < sizes[1]! - 1; index++)
        yield [wordAt(1, index), prOf(1, index)] as [number, number]
    },
  }
}
