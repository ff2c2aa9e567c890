// Keeps a column's `path` (e.g. `news/policy`) equal to its ancestors' slugs; refuses cycles.
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Column } from '../../../../payload-types.ts'

const MAX_DEPTH = 8

export const setColumnPath: CollectionBeforeChangeHook<Column> = async ({
  data,
  originalDoc,
  req,
}) => {
  const slugs = [data.slug ?? originalDoc?.slug]
  const selfId = originalDoc?.id
  let parentId = data.parent === undefined ? originalDoc?.parent : data.parent
  while (parentId) {
    const id = typeof parentId === 'object' ? parentId.id : parentId
    if (id === selfId || slugs.length > MAX_DEPTH) {
      throw new ValidationError(
        {
          collection: 'columns',
          errors: [
            { path: 'parent', message: '上级栏目不能是本栏目或其下级栏目，且层级不超过 8 级' },
          ],
        },
        req.t,
      )
    }
    const parent = await req.payload.findByID({
      collection: 'columns',
      id,
      depth: 0,
      req,
      overrideAccess: true,
    })
    slugs.unshift(parent.slug)
    parentId = parent.parent
  }
  data.path = slugs.join('/')
  return data
}
