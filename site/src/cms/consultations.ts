// 我想进一步了解: a visitor's question, checked here and forwarded to the CMS (POST /api/consultations), where
// the content check refuses block-level content (and names the field) and flags the rest for the service
// centre. The portal keeps nothing itself.
import { z } from 'zod'
import { KINDS, type PersonalKind } from '../../../cms/lib/personal/kinds.ts'
import { cleanText } from '../../../contracts/text/index.ts'
import { cmsUrl } from './client.ts'

/** A personal-data field, checked and normalised by the rules the CMS stores it by (cms/lib/personal/kinds.ts). */
const personal = (kind: PersonalKind, empty: string) => z.string({ error: empty }).trim().min(1, empty).transform(KINDS[kind].normalise).superRefine((value, context) => {
  const problem = KINDS[kind].problem(value)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** The form's fields; the topic and the country must be among those offered (the CMS's options and countries). */
const consultationInput = (offered: { topics: string[]; countries: string[] }) => z.object({
  subject: z.string({ error: '请填写主题' }).trim().min(1, '请填写主题').max(100, '主题不能超过 100 个字'),
  topic: z.string({ error: '请选择咨询类别' }).refine((topic) => offered.topics.includes(topic), '请选择咨询类别'),
  question: z.string({ error: '请填写问题描述' }).trim().min(10, '请把问题写清楚（至少 10 个字）').max(2000, '问题描述不能超过 2000 个字'),
  country: z.string().optional().refine((country) => !country || offered.countries.includes(country), '请从列表中选择国家或地区'),
  company: z.string().trim().max(100, '企业名称不能超过 100 个字').optional(),
  contactName: personal('name', '请填写联系人'),
  contactPhone: personal('mobile', '请填写联系电话'),
  consent: z.literal('yes', { error: '请阅读并同意个人信息的使用说明' }),
})

export type ConsultationInput = z.infer<ReturnType<typeof consultationInput>>
export type FieldErrors = Partial<Record<keyof ConsultationInput | 'form', string>>

/** The form's fields, first problem of each. */
export function check(form: Record<string, string>, offered: { topics: string[]; countries: string[] }): { input: ConsultationInput } | { errors: FieldErrors } {
  // Text as the CMS will store it (contracts/text): limits count what is kept, one-line fields stay one line.
  const cleaned = Object.fromEntries(Object.entries(form).map(([name, value]) => [name, cleanText(value, { lines: name === 'question' ? 'keep' : 'join' })]))
  const parsed = consultationInput(offered).safeParse(cleaned)
  if (parsed.success) return { input: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FieldErrors] ??= issue.message
  return { errors }
}

/** Forwards a checked question; the CMS's reference for it, or what to tell the visitor. */
export async function submitConsultation(input: ConsultationInput): Promise<{ ref: string } | { errors: FieldErrors; status: number }> {
  const { country, consent: _consent, ...fields } = input
  let res: Response
  try {
    res = await fetch(`${cmsUrl()}/api/consultations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
      body: JSON.stringify({ ...fields, countries: country ? [country] : [] }),
      signal: AbortSignal.timeout(15_000),
    })
  } catch {
    return { status: 503, errors: { form: '系统暂时无法受理，您的问题尚未提交，请稍后再试。' } }
  }
  if (res.ok) return { ref: ((await res.json()) as { doc: { id: string } }).doc.id }
  const body = (await res.json().catch(() => null)) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] } | null
  const problems = body?.errors?.[0]?.data?.errors ?? []
  if (res.status === 400 && problems.length) {
    const errors: FieldErrors = {}
    for (const problem of problems) errors[(problem.path === 'countries' ? 'country' : problem.path) as keyof FieldErrors] ??= problem.message
    return { status: 400, errors }
  }
  return { status: 503, errors: { form: '系统暂时无法受理，您的问题尚未提交，请稍后再试。' } }
}

/** The short reference a visitor is given (the first block of the id). */
export const shortRef = (id: string) => id.replace(/-/g, '').slice(0, 10).toUpperCase()
