// Staff password hashes: PBKDF2-HMAC-SM3 with a random salt, stored as `pbkdf2-sm3$<iterations>$<salt>$<hash>`.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { IDENTITY_POLICY } from './policy.ts'

const derive = promisify(pbkdf2)
const PREFIX = 'pbkdf2-sm3'

export async function hashPassword(
  password: string,
  iterations: number = IDENTITY_POLICY.kdfIterations,
): Promise<string> {
  const salt = randomBytes(16)
  const hash = await derive(password.normalize('NFC'), salt, iterations, 32, 'sm3')
  return [PREFIX, iterations, salt.toString('hex'), hash.toString('hex')].join('$')
}

export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
): Promise<boolean> {
  const [prefix, iterations, salt, hash] = stored?.split('$') ?? []
  if (prefix !== PREFIX || !iterations || !salt || !hash) return false
  const expected = Buffer.from(hash, 'hex')
  const actual = await derive(
    password.normalize('NFC'),
    Buffer.from(salt, 'hex'),
    Number(iterations),
    expected.length,
    'sm3',
  )
  return timingSafeEqual(actual, expected)
}

/** A hash of a password nobody knows, so a login for an unknown account costs the same as a real one. */
let decoy: Promise<string> | undefined
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')))
