// 我想进一步了解 (咨询留言): the fields a visitor posts, checked by the CMS with this schema before the content check.
// Personal data is checked and normalised by the rules the CMS stores it by (contracts/personalData.ts).
import { z } from 'zod'
import { NAME_MAX, PERSONAL_DATA_RULES, type PersonalDataType } from '../personalData.ts'
import { HONEYPOT_FIELD } from './publicForm.ts'

/** Where the portal posts a consultation (signed), and where service staff create one with their session. */
export const CONSULTATION_PATH = '/api/consultations'

const personal = (dataType: PersonalDataType, empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .transform(PERSONAL_DATA_RULES[dataType].normalise)
    .superRefine((value, context) => {
      const problem = PERSONAL_DATA_RULES[dataType].problem(value)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })

/** Lengths the form's fields are held to (characters); the form's `maxlength` and hints use these too. */
export const CONSULTATION_LIMITS = {
  subject: 100,
  question: { min: 10, max: 2000 },
  company: 100,
  contactName: NAME_MAX,
} as const
const { subject, question, company } = CONSULTATION_LIMITS

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What is offered on the form: the topic options of the collection, and whether a country id is a published country. */
export type ConsultationOffer = {
  topics: readonly string[]
  countryOffered: (id: string) => Promise<boolean>
}

/** A consultation as the visitor filled it in (form fields are strings; empty optional fields are omitted). */
export const consultationSubmission = (offer: ConsultationOffer) =>
  z.object({
    subject: z
      .string({ error: '请填写主题' })
      .trim()
      .min(1, '请填写主题')
      .max(subject, `主题不能超过 ${subject} 个字`),
    topic: z
      .string({ error: '请选择咨询类别' })
      .refine((topic) => offer.topics.includes(topic), '请选择咨询类别'),
    question: z
      .string({ error: '请填写问题描述' })
      .trim()
      .min(question.min, `请把问题写清楚（至少 ${question.min} 个字）`)
      .max(question.max, `问题描述不能超过 ${question.max} 个字`),
    country: z
      .string({ error: '请从列表中选择国家或地区' })
      .optional()
      .refine(
        async (country) =>
          !country || (UUID.test(country) && (await offer.countryOffered(country))),
        '请从列表中选择国家或地区',
      ),
    company: z
      .string({ error: '企业名称格式不正确' })
      .trim()
      .max(company, `企业名称不能超过 ${company} 个字`)
      .optional(),
    contactName: personal('name', '请填写联系人'),
    contactPhone: personal('mobile', '请填写联系电话'),
    consent: z.literal('yes', { error: '请阅读并同意个人信息的使用说明' }),
    [HONEYPOT_FIELD]: z.string().optional(),
  })

export type ConsultationSubmission = z.infer<ReturnType<typeof consultationSubmission>>

/** The form fields the portal forwards (everything the visitor posted that is a string; the CMS checks the rest). */
export type ConsultationForm = Record<string, string>
