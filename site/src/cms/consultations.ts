// 我想进一步了解: a visitor's post, forwarded as it is to the CMS in a signed request (serviceClient.ts), which
// limits posts per visitor address, drops posts that filled the hidden field, checks the fields with the
// contract's schema (contracts/forms/consultation.ts) and the content check, and stores. The portal keeps nothing.
import { CONSULTATION_PATH, type ConsultationForm } from '../../../contracts/forms/consultation.ts'
import { errorMessage } from '../../../contracts/errors.ts'
import type { SubmissionAccepted, SubmissionRefused } from '../../../contracts/forms/publicForm.ts'
import { signedPost } from './serviceClient.ts'

export type FieldErrors = Record<string, string>

const UNAVAILABLE = '系统暂时无法受理，您的问题尚未提交，请稍后再试。'

/**
 * Forwards the visitor's form fields. `ref`: the CMS's id of the stored question, or null when it was dropped
 * (the hidden field was filled); otherwise what to tell the visitor, with the HTTP status to answer.
 */
export async function submitConsultation(
  form: ConsultationForm,
  visitor: string,
): Promise<{ ref: string | null } | { errors: FieldErrors; status: number; retryAfter?: string }> {
  let res: Response
  try {
    res = await signedPost(CONSULTATION_PATH, form, { visitor })
  } catch {
    return { status: 503, errors: { form: UNAVAILABLE } }
  }
  const body = (await res.json().catch(() => null)) as
    (Partial<SubmissionAccepted> & Partial<SubmissionRefused>) | null
  if (res.status === 201 || res.status === 202) return { ref: body?.id ?? null }
  if (res.status === 400 && body?.error?.fields) return { status: 400, errors: body.error.fields }
  if (res.status === 429)
    return {
      status: 429,
      errors: { form: errorMessage(body) ?? '提交过于频繁，请稍后再试。' },
      retryAfter: res.headers.get('retry-after') ?? undefined,
    }
  return { status: 503, errors: { form: UNAVAILABLE } }
}

/** The short reference a visitor is given (the first block of the id). */
export const shortRef = (id: string) => id.replace(/-/g, '').slice(0, 10).toUpperCase()
