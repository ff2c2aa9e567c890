// Personal data a form may carry (姓名、手机号码、身份证号码、电子邮箱、地址): how a value is normalised and
// checked, the same on the portal's forms and in the CMS, which stores it encrypted (cms/lib/personal), and how it
// is masked wherever it is shown (the CMS's answers and lists, the content check's findings).
import { leadingCharacters } from './text/index.ts'

export type PersonalDataType = 'name' | 'mobile' | 'idNumber' | 'email' | 'address'

/** `label`: the Chinese name; `normalise`: the stored form; `problem`: a Chinese message, or null when valid. */
export type PersonalDataRule = {
  label: string
  normalise: (value: string) => string
  problem: (value: string) => string | null
}

/** Longest name and address, in UTF-16 units (what a form's `maxlength` counts). */
export const NAME_MAX = 40
export const ADDRESS_MAX = 200

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** GB 11643 居民身份证号码: 18 characters, the last a mod-11 check character. */
export function validIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0)
  return ID_CHECK[sum % 11] === value[17]
}

export const PERSONAL_DATA_RULES: Record<PersonalDataType, PersonalDataRule> = {
  name: {
    label: '姓名',
    normalise: (v) => v.trim().replace(/\s+/g, ' '),
    problem: (v) =>
      v.length >= 1 && v.length <= NAME_MAX ? null : `姓名长度应为 1–${NAME_MAX} 个字符`,
  },
  mobile: {
    label: '手机号码',
    normalise: (v) => v.replace(/[\s-]/g, '').replace(/^\+?86/, ''),
    problem: (v) => (/^1[3-9]\d{9}$/.test(v) ? null : '手机号码格式不正确（11 位，以 1 开头）'),
  },
  idNumber: {
    label: '身份证号码',
    normalise: (v) => v.replace(/\s/g, '').toUpperCase(),
    problem: (v) => (validIdNumber(v) ? null : '身份证号码不正确（18 位，末位校验码不符）'),
  },
  email: {
    label: '电子邮箱',
    normalise: (v) => v.trim().toLowerCase(),
    problem: (v) =>
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 200 ? null : '电子邮箱格式不正确',
  },
  address: {
    label: '地址',
    normalise: (v) => v.trim(),
    problem: (v) =>
      v.length >= 4 && v.length <= ADDRESS_MAX ? null : `地址长度应为 4–${ADDRESS_MAX} 个字符`,
  },
}

/** How a value is shown masked: the surname only (a name's length is not given away either), a mobile's first 3
 * and last 4 digits, an ID number's region and last 4 characters, an e-mail's first character and domain. */
export const PERSONAL_DATA_MASKS: Record<PersonalDataType, (value: string) => string> = {
  name: (v) => `${leadingCharacters(v, 1)}****`,
  mobile: (v) => `${v.slice(0, 3)}****${v.slice(-4)}`,
  idNumber: (v) => `${v.slice(0, 6)}********${v.slice(-4)}`,
  email: (v) => `${leadingCharacters(v, 1)}***@${v.split('@')[1]}`,
  address: (v) => `${leadingCharacters(v, 6)}****`,
}
