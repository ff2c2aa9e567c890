// Dates as Chinese government sites show them, always in China Standard Time; plain-text excerpts.
import { beijingTimeParts } from '../../../contracts/beijingTime.ts'
import { cutText } from '../../../contracts/text/index.ts'

const dateParts = (iso: string) => beijingTimeParts(iso)

/** 2026-09-14 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const p = dateParts(iso)
  return `${p.year}-${p.month}-${p.day}`
}

/** 2026-09-14 00:48 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const p = dateParts(iso)
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`
}

/** 2026年9月14日 */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const p = dateParts(iso)
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`
}

export const yearOf = (iso: string | null | undefined) => (iso ? dateParts(iso).year : '')

export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(value)

/** Strips tags for descriptions and excerpts: at most `max` UTF-16 units, cut at a character (with …). */
export const plainText = (html: string | null | undefined, max = 120) =>
  cutText(
    (html ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  )
