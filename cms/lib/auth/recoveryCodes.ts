// Recovery codes for a lost authenticator: ten one-time codes, shown once, stored only as HMAC-SM3 tags.
import { randomInt } from 'node:crypto'
import { getCrypto } from '../crypto/index.ts'

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const COUNT = 10

const normalise = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '')
const tagOf = (userId: string, code: string) =>
  getCrypto().integrityTag(`recovery-code:${userId}:${normalise(code)}`)

export function newRecoveryCodes(userId: string): { codes: string[]; tags: string[] } {
  const codes = Array.from({ length: COUNT }, () => {
    const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${raw.slice(0, 5)}-${raw.slice(5)}`
  })
  return { codes, tags: codes.map((code) => tagOf(userId, code)) }
}

/** The remaining tags after using `code`, or null when the code is not one of them. */
export function useRecoveryCode(userId: string, code: string, tags: string[]): string[] | null {
  const index = tags.findIndex((tag) =>
    getCrypto().verifyIntegrityTag(`recovery-code:${userId}:${normalise(code)}`, tag),
  )
  return index === -1 ? null : tags.filter((_, i) => i !== index)
}
