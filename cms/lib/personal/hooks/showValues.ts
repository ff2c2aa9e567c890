// beforeRead: personal values are decrypted and shown masked; the clear value only when the request asks
// for it (`?reveal=<field>&purpose=…`) and the rule allows it, each such read written to the audit log once
// per request.
import {
  Forbidden,
  ValidationError,
  type CollectionBeforeReadHook,
  type PayloadRequest,
} from 'payload'
import { cutText } from '../../../../contracts/text/index.ts'
import { requestContext, writeAudit } from '../../audit/writeAudit.ts'
import { getCrypto } from '../../crypto/index.ts'
import { PERSONAL_DATA_TYPES } from '../kinds.ts'
import type { PersonalField, PersonalStorage, RevealRule } from '../storage.ts'

/** The stated purpose of a clear read; a validation error on the field when there is none. */
function purposeOf(req: PayloadRequest, slug: string, field: PersonalField): string {
  const purpose = req.searchParams.get('purpose')?.trim()
  if (!purpose)
    throw new ValidationError(
      {
        collection: slug,
        errors: [
          { path: field.name, message: `查看${field.label.zh}明文须说明用途（purpose 参数）` },
        ],
      },
      req.t,
    )
  return purpose
}

export const showValues = (
  { slug, fields, context }: PersonalStorage,
  canReveal: RevealRule,
): CollectionBeforeReadHook => {
  /** Clear reads already audited, per request: `<doc id>:<field>`. */
  const revealed = new WeakMap<PayloadRequest, Set<string>>()
  const auditReveal = async (
    req: PayloadRequest,
    id: string,
    field: PersonalField,
    why: string,
  ) => {
    const seen = revealed.get(req) ?? new Set<string>()
    if (seen.has(`${id}:${field.name}`)) return
    seen.add(`${id}:${field.name}`)
    revealed.set(req, seen)
    await writeAudit(req.payload, {
      ...requestContext(req),
      event: 'personal.reveal',
      result: 'success',
      objectType: slug,
      objectId: id,
      reason: `${field.label.zh}：${cutText(why, 200)}`,
    })
  }

  return async ({ doc, req }) => {
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
      const purpose = purposeOf(req, slug, field)
      if (!canReveal(req, doc)) throw new Forbidden(req.t)
      doc[field.name] = clear
      await auditReveal(req, doc.id, field, purpose)
    }
    return doc
  }
}
