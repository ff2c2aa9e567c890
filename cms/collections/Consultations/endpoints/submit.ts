// POST /api/consultations: a visitor's question forwarded by the portal (signed; checked with the contract's
// schema, then by the content check on save), or a consultation service staff record with their session.
import { ValidationError, type PayloadRequest } from 'payload'
import type { Consultation } from '../../../../payload-types.ts'
import { consultationSubmission } from '../../../../contracts/forms/consultation.ts'
import { accepted, publicFormEndpoint, refusedFields } from '../../../lib/http/publicForm.ts'

/** The topic options of the collection (the form offers exactly these). */
function topicsOf(req: PayloadRequest): string[] {
  const field = req.payload.collections.consultations.config.flattenedFields.find(
    (candidate) => candidate.name === 'topic',
  )
  return field && field.type === 'select'
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []
}

const countryOffered = (req: PayloadRequest) => async (id: string) =>
  (
    await req.payload.count({
      collection: 'countries',
      where: { id: { equals: id }, _status: { equals: 'published' } },
      req,
      overrideAccess: true,
    })
  ).totalDocs === 1

/** The first problem of each field, named by the form's field names (the collection's `countries` is the form's `country`). */
function fieldProblems(
  problems: { path: PropertyKey | readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const { path, message } of problems) {
    const name = String([path].flat()[0] ?? 'form')
    fields[name === 'countries' ? 'country' : name] ??= message
  }
  return fields
}

async function submit(req: PayloadRequest, form: Record<string, unknown>): Promise<Response> {
  const parsed = await consultationSubmission({
    topics: topicsOf(req),
    countryOffered: countryOffered(req),
  }).safeParseAsync(form)
  if (!parsed.success) return refusedFields(fieldProblems(parsed.error.issues))
  const { country, topic, consent: _consent, website: _trap, ...fields } = parsed.data
  // A new question is pending; the visitor cannot set it otherwise (the field's access is the service centre's).
  const data = {
    ...fields,
    topic: topic as Consultation['topic'],
    countries: country ? [country] : [],
    status: 'pending' as const,
  }
  try {
    const doc = await req.payload.create({
      collection: 'consultations',
      data,
      req,
      overrideAccess: false,
      depth: 0,
    })
    return accepted(String(doc.id))
  } catch (error) {
    // The content check (plugins/content-safety) names the field whose content cannot be accepted.
    if (error instanceof ValidationError) return refusedFields(fieldProblems(error.data.errors))
    throw error
  }
}

export const consultationEndpoint = publicFormEndpoint({
  collection: 'consultations',
  submit,
  portalOnly:
    '咨询留言只受理经门户网站“我想进一步了解”表单提交的问题；服务人员请登录管理后台后录入',
})
