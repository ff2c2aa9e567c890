// beforeOperation (read, count): `where[<field>][equals]=<value>` searches the blind index; the rows it finds
// become an id condition.
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { idsWhere } from '../../db/sql.ts'
import { PERSONAL_DATA_TYPES } from '../kinds.ts'
import { snake, type PersonalStorage } from '../storage.ts'

/** Matches no row: the id condition when the blind index finds none. */
const NO_ROW = '00000000-0000-0000-0000-000000000000'

/** `where` with each equality on a personal field replaced by the ids its blind index finds. */
async function rewrite(
  storage: PersonalStorage,
  req: PayloadRequest,
  where: Where,
): Promise<Where> {
  const { table, fields, indexOf } = storage
  return Object.fromEntries(
    await Promise.all(
      Object.entries(where).map(async ([key, condition]) => {
        if ((key === 'and' || key === 'or') && Array.isArray(condition))
          return [key, await Promise.all(condition.map((part) => rewrite(storage, req, part)))]
        const field = fields.find((f) => f.name === key)
        const equals = (condition as { equals?: unknown } | undefined)?.equals
        // Query strings may arrive as numbers (a mobile number looks like one).
        if (!field || (typeof equals !== 'string' && typeof equals !== 'number'))
          return [key, condition]
        const index = indexOf(field, PERSONAL_DATA_TYPES[field.dataType].normalise(String(equals)))
        const ids = await idsWhere(req, table, `${snake(field.name)}_index`, index)
        return ['id', { in: ids.length ? ids : [NO_ROW] }]
      }),
    ),
  )
}

export const searchByIndex =
  (storage: PersonalStorage): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const query = args as { where?: Where }
    if ((operation !== 'read' && operation !== 'count') || !query.where) return args
    query.where = await rewrite(storage, req, query.where)
    return args
  }
