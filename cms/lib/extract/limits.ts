// How much work one attached file may cost when its text is read: bounded in bytes, characters, pages,
// rows and time, so a large or hostile file (a zip bomb, a 10,000-page PDF) costs a known amount.
export type ExtractionLimits = {
  /** Largest file read at all, in bytes (uploads of documents are capped at 30 MB anyway). */
  maxBytes: number
  /** Characters of text kept; the rest is cut and noted. */
  maxChars: number
  /** PDF pages read. */
  maxPages: number
  /** Spreadsheet rows read, over all sheets. */
  maxRows: number
  /** Bytes a docx/xlsx (a zip) may unpack to, and entries it may have. */
  maxUnzippedBytes: number
  maxEntries: number
  /** Wall-clock time for one file, in milliseconds; pages and rows stop being read after it. */
  timeoutMs: number
}

export const EXTRACTION_LIMITS: ExtractionLimits = {
  maxBytes: 30 * 1024 * 1024,
  maxChars: 500_000,
  maxPages: 300,
  maxRows: 50_000,
  maxUnzippedBytes: 100 * 1024 * 1024,
  maxEntries: 5_000,
  timeoutMs: 15_000,
}

/** Why reading stopped early or failed: said to the reviewer, who then looks at the file itself. */
export class ExtractionStopped extends Error {}

/** A clock for one file: `passed()` once its time is up. */
export function deadline(ms: number): { passed: () => boolean } {
  const end = Date.now() + ms
  return { passed: () => Date.now() > end }
}
