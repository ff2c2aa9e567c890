// Every string inside a JSON value (rich text, JSON fields, API answers) put through cleanText.
import { cleanText, isCleanText } from './cleanText.ts'

/** `value` with every string (object keys included) cleaned; unchanged parts are kept, not copied. */
export function cleanJson<T>(value: T): T {
  if (typeof value === 'string') return (isCleanText(value) ? value : cleanText(value)) as T
  if (Array.isArray(value)) {
    const cleaned = value.map((item) => cleanJson(item))
    return (cleaned.some((item, i) => item !== value[i]) ? cleaned : value) as T
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  let changed = false
  const entries = Object.entries(value).map(([key, inner]) => {
    const entry = [cleanJson(key), cleanJson(inner)] as const
    changed ||= entry[0] !== key || entry[1] !== inner
    return entry
  })
  return (changed ? Object.fromEntries(entries) : value) as T
}
