// Bilingual admin labels (Simplified Chinese first, English as the second UI language) and their Chinese text.
export type Label = { zh: string; en: string }

export const label = (zh: string, en: string): Label => ({ zh, en })

/** Select options from `[value, zh, en]` triples. */
export const options = (entries: readonly (readonly [string, string, string])[]) =>
  entries.map(([value, zh, en]) => ({ value, label: label(zh, en) }))

/** The Chinese text of a Payload label (a string, or `{ zh, en }`), or `fallback`. */
export const zhOf = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : ((value as Partial<Label> | null | undefined)?.zh ?? fallback)

/**
 * The Chinese name of a collection: its plural label (`文章`) by default, or its singular one; the slug when it has
 * no label (a config before Payload fills labels in).
 */
export const collectionLabel = (
  config: { slug: string; labels?: { singular?: unknown; plural?: unknown } },
  number: 'plural' | 'singular' = 'plural',
): string => zhOf(config.labels?.[number], config.slug)

/** The Chinese label of a field (its name when it has none). */
export const fieldLabel = (field: { label?: unknown; name?: string }): string =>
  zhOf(field.label, field.name ?? '')
