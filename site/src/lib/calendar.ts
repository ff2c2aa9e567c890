// Month grids for the training calendar, Monday first.
export type CalendarDay = { date: number; iso: string }

const pad = (n: number) => String(n).padStart(2, '0')

export function monthsBetween(
  firstIso: string,
  lastIso: string,
): { year: number; month: number }[] {
  const [fy, fm] = firstIso.split('-').map(Number) as [number, number]
  const [ly, lm] = lastIso.split('-').map(Number) as [number, number]
  const months = []
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? (y++, (m = 1)) : m++)
    months.push({ year: y, month: m })
  return months
}

export function monthGrid(year: number, month: number): (CalendarDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (CalendarDay | null)[] = [
    ...Array(offset).fill(null),
    ...Array.from({ length: days }, (_, i) => ({
      date: i + 1,
      iso: `${year}-${pad(month)}-${pad(i + 1)}`,
    })),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}
