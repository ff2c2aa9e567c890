// How much work one GraphQL request may ask for, and how much may run at once in one process.

/** Longest query text (characters) and most lexical tokens in it; larger documents are not parsed. */
export const MAX_QUERY_CHARS = 16_000
export const MAX_TOKENS = 4_000
/** Deepest nesting of fields, and most aliased fields with fragments expanded. */
export const MAX_DEPTH = 10
export const MAX_ALIASES = 20
/** Largest `limit` on a paginated query or join; Payload's default when `limit` is absent. */
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 10
/** Items assumed for a list without a `limit` (has-many relationships, arrays, blocks). */
export const LIST_ITEMS = 10
/** Largest estimated cost of one operation (see measure.ts): about 1,000 documents of two fields. */
export const MAX_COST = 3_000
/** Operations up to this cost always run at once; heavier ones share CAPACITY and queue for it. */
export const LIGHT_COST = 200
export const CAPACITY = 2 * MAX_COST
/** Heavy operations that may wait for capacity, and for how long (ms); beyond either the answer is 503. */
export const MAX_WAITING = 20
export const MAX_WAIT_MS = 30_000
