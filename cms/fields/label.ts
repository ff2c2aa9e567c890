// Bilingual admin labels: Simplified Chinese first, English as the second UI language.
export type Label = { zh: string; en: string }

export const label = (zh: string, en: string): Label => ({ zh, en })

/** Select options from `[value, zh, en]` triples. */
export const options = (entries: readonly (readonly [string, string, string])[]) =>
  entries.map(([value, zh, en]) => ({ value, label: label(zh, en) }))
