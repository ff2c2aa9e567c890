// Bilingual admin labels (Simplified Chinese first, English as the second UI language) and their Chinese text.
export type Label = { zh: string; en: string }

export const label = (zh: string, en: string): Label => ({ zh, en })

/** Select options from `[value, zh, en]` triples. */
export const options = (entries: readonly (readonly [string, string, string])[]) =>
  entries.map(([value, zh, en]) => ({ value, label: label(zh, en) }))

/** The Chinese text of a Payload label (a string, or `{ zh, en }`), or `fallback`. */
export const zhOf = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : ((value as Partial<Label> | null | undefined)?.zh ?? fallback)
