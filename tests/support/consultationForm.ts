// A public consultation as the portal's form sends it, and the refusal the CMS answers with, for the tests
// of how public submissions reach the CMS.
import type { SubmissionRefused } from '../../contracts/forms/publicForm.ts'

/** A valid consultation with the given subject (so a test can count what was stored under it). */
export const question = (subject: string) => ({
  subject,
  topic: 'policy',
  question: '请问企业赴越南投资设厂需要办理哪些备案手续？',
  contactName: '李明',
  contactPhone: '13912345678',
  consent: 'yes',
})

/** The `{ code, message }` of a refused submission. */
export const refusal = async (res: Response) => ((await res.json()) as SubmissionRefused).error
