// Cutting text for people: never inside a character (𠮷 is two UTF-16 units) nor inside what a reader sees as
// one character (emoji with skin tone or ZWJ sequences, flags, letters with combining marks).

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' })
/** UTF-16 units of the longest cluster read as one character (family emoji 11, subdivision flags 14). */
const LONGEST_CHARACTER = 32
const LOOK_BACK = 4 * LONGEST_CHARACTER

/**
 * The last grapheme boundary at or before `index` (a UTF-16 offset into `text`); 0 ≤ result ≤ index.
 * Looks at a window around `index` only, so cutting a long text costs no more than a short one.
 */
export function boundaryAt(text: string, index: number): number {
  if (index <= 0) return 0
  if (index >= text.length) return text.length
  // A boundary's rules look back along the cluster and at one code point after it. The window starts on a
  // code point; only clusters longer than the window (no real character is) could be judged differently.
  let from = Math.max(0, index - LOOK_BACK)
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--
  const cluster = graphemes.segment(text.slice(from, index + 2)).containing(index - from)
  const start = from + (cluster?.index ?? index - from)
  if (start > 0 || !cluster || cluster.segment.length <= LONGEST_CHARACTER) return start
  // The text starts with a run of combining marks no reader sees as one character: cut between code points.
  return isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))
    ? index - 1
    : index
}

/**
 * `text` in at most `max` UTF-16 units (what `String.length`, Payload's `maxLength` and varchar count),
 * cut at a grapheme boundary; a cut text ends with `ellipsis` ('…'; '' where no person reads it), which
 * counts toward `max`. Text that fits is returned as it is.
 */
export function cutText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text
  if (max < ellipsis.length) return text.slice(0, boundaryAt(text, max))
  const room = Math.max(0, max - ellipsis.length)
  return `${text.slice(0, boundaryAt(text, room)).trimEnd()}${ellipsis}`
}

/** The text around [start, end) with up to `context` units either side, widened to character boundaries. */
export function textAround(text: string, start: number, end: number, context: number): string {
  const from = boundaryAt(text, Math.max(0, start - context))
  const to = Math.max(end, nextBoundary(text, Math.min(text.length, end + context)))
  return text.slice(from, to)
}

/** The first `count` characters of `text` as a reader counts them (masks: the surname 𠮷 is one). */
export function leadingCharacters(text: string, count: number): string {
  let taken = ''
  for (const { segment } of graphemes.segment(text.slice(0, count * LONGEST_CHARACTER))) {
    if (count-- <= 0) break
    taken += segment
  }
  return taken
}

/** The first grapheme boundary at or after `index`. */
function nextBoundary(text: string, index: number): number {
  const before = boundaryAt(text, index)
  if (before === index) return index
  const cluster = graphemes.segment(text.slice(before, index + 64)).containing(0)
  return before + (cluster?.segment.length ?? index - before)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
