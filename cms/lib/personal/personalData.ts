// Personal data in a collection: each listed field is a virtual field whose value lives only as SM4
// ciphertext bound to its row (`<field>_cipher`) plus an HMAC-SM3 blind index (`<field>_index`) for exact
// search. Output is masked; the clear value is shown only when the request asks for it with a purpose
// (`?reveal=<field>&purpose=…`) and the role allows it, and every such read is written to the audit log.
import {
  Forbidden,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionAfterChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeReadHook,
  type CollectionConfig,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'
import { cutText } from '../../../contracts/text/index.ts'
import { requestContext, writeAudit } from '../audit/writeAudit.ts'
import { getCrypto } from '../crypto/index.ts'
import { idsWhere, tableOf, updateColumns } from '../db/sql.ts'
import { isMasked, PERSONAL_DATA_TYPES, type PersonalDataType } from './kinds.ts'

export type PersonalField = {
  name: string
  dataType: PersonalDataType
  label: { zh: string; en: string }
}
/** Who may see a clear value of `doc` (the purpose is required separately). */
export type RevealRule = (req: PayloadRequest, doc: { id: string }) => boolean

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const NO_API = { create: () => false, read: () => false, update: () => false }

export function personalData(
  config: CollectionConfig,
  fields: PersonalField[],
  canReveal: RevealRule,
): CollectionConfig {
  const table = snake(tableOf(config.slug))
  const context = (field: PersonalField, rowId: string) => ({ table, column: field.name, rowId })
  const indexOf = (field: PersonalField, value: string) =>
    getCrypto().blindIndex(value, { table, column: field.name })
  const stash = (field: PersonalField) => `haiqiao.personal.${field.name}`

  const stored: Field[] = fields.flatMap((field) => [
    {
      name: field.name,
      type: 'text',
      virtual: true,
      label: field.label,
      admin: {
        description: '个人信息：加密存储，列表与接口中脱敏显示',
        components: { afterInput: ['/components/personal/RevealValue.tsx#RevealValue'] },
      },
    } satisfies Field,
    { name: `${field.name}Cipher`, type: 'text', hidden: true, access: NO_API } satisfies Field,
    {
      name: `${field.name}Index`,
      type: 'text',
      hidden: true,
      index: true,
      access: NO_API,
    } satisfies Field,
  ])

  /** New values are checked here and written after the row exists (its id is part of the encryption context). */
  const takeValues: CollectionBeforeChangeHook = ({ data, req }) => {
    for (const field of fields) {
      const value = data[field.name]
      delete data[field.name]
      if (value === null || value === '') req.context[stash(field)] = null
      else if (typeof value === 'string' && !isMasked(value)) {
        const rule = PERSONAL_DATA_TYPES[field.dataType]
        const normalised = rule.normalise(value)
        const problem = rule.problem(normalised)
        if (problem)
          throw new ValidationError(
            { collection: config.slug, errors: [{ path: field.name, message: problem }] },
            req.t,
          )
        req.context[stash(field)] = normalised
      }
    }
    return data
  }

  const storeValues: CollectionAfterChangeHook = async ({ doc, req }) => {
    const columns: Record<string, string | null> = {}
    for (const field of fields) {
      if (!(stash(field) in req.context)) continue
      const value = req.context[stash(field)] as string | null
      delete req.context[stash(field)]
      columns[`${snake(field.name)}_cipher`] =
        value === null ? null : getCrypto().encryptField(value, context(field, doc.id))
      columns[`${snake(field.name)}_index`] = value === null ? null : indexOf(field, value)
      doc[field.name] = value === null ? null : PERSONAL_DATA_TYPES[field.dataType].mask(value)
    }
    await updateColumns(req, table, doc.id, columns)
    return doc
  }

  /** `where[<field>][equals]=<value>` searches the blind index: the rows it finds become an id condition. */
  const searchByIndex: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    const query = args as { where?: Where }
    if ((operation !== 'read' && operation !== 'count') || !query.where) return args
    const rewrite = async (where: Where): Promise<Where> =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(where).map(async ([key, condition]) => {
            if ((key === 'and' || key === 'or') && Array.isArray(condition))
              return [key, await Promise.all(condition.map(rewrite))]
            const field = fields.find((f) => f.name === key)
            const equals = (condition as { equals?: unknown } | undefined)?.equals
            // Query strings may arrive as numbers (a mobile number looks like one).
            if (!field || (typeof equals !== 'string' && typeof equals !== 'number'))
              return [key, condition]
            const index = indexOf(
              field,
              PERSONAL_DATA_TYPES[field.dataType].normalise(String(equals)),
            )
            const ids = await idsWhere(req, table, `${snake(field.name)}_index`, index)
            return ['id', { in: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] }]
          }),
        ),
      )
    query.where = await rewrite(query.where)
    return args
  }

  const revealed = new WeakMap<PayloadRequest, Set<string>>()

  const showValues: CollectionBeforeReadHook = async ({ doc, req }) => {
    const asked = new Set((req.searchParams?.get('reveal') ?? '').split(',').filter(Boolean))
    for (const field of fields) {
      const cipher = doc[`${field.name}Cipher`] as string | null | undefined
      if (!cipher) {
        doc[field.name] = null
        continue
      }
      const clear = getCrypto().decryptField(cipher, context(field, doc.id))
      if (!asked.has(field.name)) {
        doc[field.name] = PERSONAL_DATA_TYPES[field.dataType].mask(clear)
        continue
      }
      const purpose = req.searchParams.get('purpose')?.trim()
      if (!purpose)
        throw new ValidationError(
          {
            collection: config.slug,
            errors: [
              { path: field.name, message: `查看${field.label.zh}明文须说明用途（purpose 参数）` },
            ],
          },
          req.t,
        )
      if (!canReveal(req, doc)) throw new Forbidden(req.t)
      doc[field.name] = clear
      const seen = revealed.get(req) ?? new Set<string>()
      if (!seen.has(`${doc.id}:${field.name}`)) {
        seen.add(`${doc.id}:${field.name}`)
        revealed.set(req, seen)
        await writeAudit(req.payload, {
          ...requestContext(req),
          event: 'personal.reveal',
          result: 'success',
          objectType: config.slug,
          objectId: doc.id,
          reason: `${field.label.zh}：${cutText(purpose, 200)}`,
        })
      }
    }
    return doc
  }

  const hooks = config.hooks ?? {}
  return {
    ...config,
    fields: [...config.fields, ...stored],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), searchByIndex],
      beforeChange: [...(hooks.beforeChange ?? []), takeValues],
      afterChange: [storeValues, ...(hooks.afterChange ?? [])],
      beforeRead: [...(hooks.beforeRead ?? []), showValues],
    },
  }
}
