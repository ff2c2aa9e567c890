// Types of personal data as the CMS stores them: the shared rules (contracts/personalData.ts) that check and
// normalise a value before encryption, and how the CMS masks it in answers and lists.
import { leadingCharacters } from '../../../contracts/text/index.ts'
import {
  PERSONAL_DATA_RULES,
  type PersonalDataType,
  type PersonalDataRule,
} from '../../../contracts/personalData.ts'

export { validIdNumber, type PersonalDataType } from '../../../contracts/personalData.ts'

type StoredDataRule = PersonalDataRule & { mask: (value: string) => string }

const MASKS: Record<PersonalDataType, (value: string) => string> = {
  // The surname only: the mask does not give away the name's length either.
  name: (v) => `${leadingCharacters(v, 1)}****`,
  mobile: (v) => `${v.slice(0, 3)}****${v.slice(-4)}`,
  idNumber: (v) => `${v.slice(0, 6)}********${v.slice(-4)}`,
  email: (v) => `${leadingCharacters(v, 1)}***@${v.split('@')[1]}`,
  address: (v) => `${leadingCharacters(v, 6)}****`,
}

export const PERSONAL_DATA_TYPES = Object.fromEntries(
  (Object.keys(PERSONAL_DATA_RULES) as PersonalDataType[]).map((dataType) => [
    dataType,
    { ...PERSONAL_DATA_RULES[dataType], mask: MASKS[dataType] },
  ]),
) as Record<PersonalDataType, StoredDataRule>

/** A masked value echoed back by a form (it contains the mask's asterisks): not a new value. */
export const isMasked = (value: string) => value.includes('****') || /^.\*\*\*@/.test(value)
