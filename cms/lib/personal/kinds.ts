// Kinds of personal data: how a value is checked and normalised before encryption, and how it is masked.
import { leadingCharacters } from '../../../contracts/text/index.ts'
export type PersonalKind = 'name' | 'mobile' | 'idNumber' | 'email' | 'address'

type KindRule = { label: string; normalise: (value: string) => string; problem: (value: string) => string | null; mask: (value: string) => string }

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** GB 11643 居民身份证号码: 18 characters, the last a mod-11 check character. */
export function validIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0)
  return ID_CHECK[sum % 11] === value[17]
}

export const KINDS: Record<PersonalKind, KindRule> = {
  name: {
    label: '姓名',
    normalise: (v) => v.trim().replace(/\s+/g, ' '),
    problem: (v) => (v.length >= 1 && v.length <= 40 ? null : '姓名长度应为 1–40 个字符'),
    // The surname only: the mask does not give away the name's length either.
    mask: (v) => `${leadingCharacters(v, 1)}****`,
  },
  mobile: {
    label: '手机号码',
    normalise: (v) => v.replace(/[\s-]/g, '').replace(/^\+?86/, ''),
    problem: (v) => (/^1[3-9]\d{9}$/.test(v) ? null : '手机号码格式不正确（11 位，以 1 开头）'),
    mask: (v) => `${v.slice(0, 3)}****${v.slice(-4)}`,
  },
  idNumber: {
    label: '身份证号码',
    normalise: (v) => v.replace(/\s/g, '').toUpperCase(),
    problem: (v) => (validIdNumber(v) ? null : '身份证号码不正确（18 位，末位校验码不符）'),
    mask: (v) => `${v.slice(0, 6)}********${v.slice(-4)}`,
  },
  email: {
    label: '电子邮箱',
    normalise: (v) => v.trim().toLowerCase(),
    problem: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) && v.length <= 200 ? null : '电子邮箱格式不正确'),
    mask: (v) => `${leadingCharacters(v, 1)}***@${v.split('@')[1]}`,
  },
  address: {
    label: '地址',
    normalise: (v) => v.trim(),
    problem: (v) => (v.length >= 4 && v.length <= 200 ? null : '地址长度应为 4–200 个字符'),
    mask: (v) => `${leadingCharacters(v, 6)}****`,
  },
}

/** A masked value echoed back by a form (it contains the mask's asterisks): not a new value. */
export const isMasked = (value: string) => value.includes('****') || /^.\*\*\*@/.test(value)
