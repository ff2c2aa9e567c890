// Times as people in China read them: always in China Standard Time (北京时间, UTC+8), whatever the server's zone.
// One place for the CMS (titles, notices) and the portal (dates on pages).

export const BEIJING_TIME_ZONE = 'Asia/Shanghai'

/**
 * `2026/9/14 08:48:00` — the full zh-CN date and time in Beijing time (24-hour clock); `fields` narrows or pads it
 * (e.g. `{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }` → `2026/09/14 08:48`).
 */
export const formatBeijingTime = (
  at: string | number | Date,
  fields: Intl.DateTimeFormatOptions = {},
): string =>
  new Date(at).toLocaleString('zh-CN', { timeZone: BEIJING_TIME_ZONE, hour12: false, ...fields })

const partsFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BEIJING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

/** The Beijing-time parts of an instant: `{ year: '2026', month: '09', day: '14', hour: '08', minute: '48', … }` (hour may read `24` at midnight). */
export function beijingTimeParts(at: string | number | Date): Record<string, string> {
  return Object.fromEntries(
    partsFormat.formatToParts(new Date(at)).map((part) => [part.type, part.value]),
  )
}
