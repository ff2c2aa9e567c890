// Ids of a relationship value, whatever shape Payload hands it in.

/** Ids of a relationship value: a list, or a single id or document (Payload stores a lone value as a list of one). */
export const idsOf = (value: unknown): string[] =>
  (value === null || value === undefined ? [] : [value].flat()).map((v) =>
    String(v && typeof v === 'object' ? (v as { id: string }).id : v),
  )
