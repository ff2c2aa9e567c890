// Text hygiene: what every stored and every emitted string may contain. Pure, shared by the CMS (on save) and
// the portal (on output), so both apply the same rule.
//
// Per class of character (decided once, documented in the README, 文本卫生):
// - CR and CRLF become LF; VT, FF, NEL, U+2028, U+2029 (line breaks pasted from Word or PDF) become LF.
// - Other C0 controls (NUL included), DEL and C1 controls are removed: they carry no text and make XML invalid.
// - Noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF in every plane) and the byte-order mark U+FEFF are removed.
// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the tools of text-direction
//   spoofing, are removed; the marks LRM/RLM/ALM stay for right-to-left text.
// - A lone surrogate (half of a character, left by a careless cut) becomes U+FFFD.
// Nothing is refused: an editor cannot see these characters to remove them, and each has a safe form.

export type CleanOptions = {
  /** `join` for one-line values (titles, names, e-mail addresses, subjects): every line break becomes a space. */
  lines?: 'keep' | 'join'
  /** `mark` shows each removed or replaced character as [U+000B] instead (exports that must not hide data). */
  unsafe?: 'remove' | 'mark'
}

const noncharacters = Array.from(
  { length: 17 },
  (_, plane) =>
    `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`,
).join('')
const REMOVED = `\\0-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFDD0-\\uFDEF\\uFEFF\\u202A-\\u202E\\u2066-\\u2069${noncharacters}`
const LONE_SURROGATE =
  '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'

/** Anything cleanText would change (a fast test before the replacing pass). */
const UNCLEAN = new RegExp(`[${REMOVED}\\r\\v\\f\\x85\\u2028\\u2029]|${LONE_SURROGATE}`, 'u')
const REMOVE = new RegExp(`[${REMOVED}]`, 'gu')
// Without the u flag, so the halves of a character are seen as code units.
const LONE = new RegExp(LONE_SURROGATE, 'g')
const LINE_BREAKS = /\r\n?|[\v\f\x85\u2028\u2029]/g

const mark = (char: string) =>
  `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`

/** `text` with line breaks normalised and unsafe characters removed (see the header); same text when clean. */
export function cleanText(
  text: string,
  { lines = 'keep', unsafe = 'remove' }: CleanOptions = {},
): string {
  const joined = lines === 'join' && /[\n\r\v\f\x85\u2028\u2029]/.test(text)
  if (!joined && !UNCLEAN.test(text)) return text
  const isolated = text.replace(LONE, (char) => (unsafe === 'mark' ? mark(char) : '\uFFFD'))
  const kept = isolated.replace(REMOVE, (char) => (unsafe === 'mark' ? mark(char) : ''))
  const normalised = kept.replace(LINE_BREAKS, '\n')
  return lines === 'join' ? normalised.replace(/\n/g, ' ') : normalised
}

/** Is `text` already clean (nothing for cleanText to change in multi-line text)? */
export const isCleanText = (text: string): boolean => !UNCLEAN.test(text)
