// Types of personal data as the CMS stores them: the shared rules (contracts/personalData.ts) that check and
// normalise a value before encryption, and how the CMS masks it in answers and lists.
import {
  PERSONAL_DATA_MASKS,
  PERSONAL_DATA_RULES,
  type PersonalDataType,
  type PersonalDataRule,
} from '../../../contracts/personalData.ts'

export { validIdNumber, type PersonalDataType } from '../../../contracts/personalData.ts'

type StoredDataRule = PersonalDataRule & { mask: (value: string) => string }

export const PERSONAL_DATA_TYPES = Object.fromEntries(
  (Object.keys(PERSONAL_DATA_RULES) as PersonalDataType[]).map((dataType) => [
    dataType,
    { ...PERSONAL_DATA_RULES[dataType], mask: PERSONAL_DATA_MASKS[dataType] },
  ]),
) as Record<PersonalDataType, StoredDataRule>

/** A masked value echoed back by a form (it contains the mask's asterisks): not a new value. */
export const isMasked = (value: string) => value.includes('****') || /^.\*\*\*@/.test(value)
