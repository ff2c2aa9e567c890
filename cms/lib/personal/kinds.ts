// Kinds of personal data as the CMS stores them: the shared rules (contracts/personalData.ts) that check and
// normalise a value before encryption, and how the CMS masks it in answers and lists.
import { leadingCharacters } from '../../../contracts/text/index.ts'
import { PERSONAL_RULES, type PersonalKind, type PersonalRule } from '../../../contracts/personalData.ts'

export { validIdNumber, type PersonalKind } from '../../../contracts/personalData.ts'

type KindRule = PersonalRule & { mask: (value: string) => string }

const MASKS: Record<PersonalKind, (value: string) => string> = {
  // The surname only: the mask does not give away the name's length either.
  name: (v) => `${leadingCharacters(v, 1)}****`,
  mobile: (v) => `${v.slice(0, 3)}****${v.slice(-4)}`,
  idNumber: (v) => `${v.slice(0, 6)}********${v.slice(-4)}`,
  email: (v) => `${leadingCharacters(v, 1)}***@${v.split('@')[1]}`,
  address: (v) => `${leadingCharacters(v, 6)}****`,
}

export const KINDS = Object.fromEntries(
  (Object.keys(PERSONAL_RULES) as PersonalKind[]).map((kind) => [kind, { ...PERSONAL_RULES[kind], mask: MASKS[kind] }]),
) as Record<PersonalKind, KindRule>

/** A masked value echoed back by a form (it contains the mask's asterisks): not a new value. */
export const isMasked = (value: string) => value.includes('****') || /^.\*\*\*@/.test(value)
