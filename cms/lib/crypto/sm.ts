// 国密 primitives: SM3, HMAC-SM3, PBKDF2-HMAC-SM3 and SM4 from node:crypto (OpenSSL, matches the standard
// vectors, 10–60× faster than JS); SM2 lives in sm2.ts because Node has no real SM2.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  pbkdf2Sync,
  timingSafeEqual,
} from 'node:crypto'

export type Bytes = Uint8Array | string

const bytes = (data: Bytes) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data)

export const sm3 = (data: Bytes): Buffer => createHash('sm3').update(bytes(data)).digest()

export const hmacSm3 = (key: Uint8Array, data: Bytes): Buffer =>
  createHmac('sm3', key).update(bytes(data)).digest()

/** Constant-time comparison of two MACs or digests. */
export const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && timingSafeEqual(a, b)

/** PBKDF2-HMAC-SM3 (password hashing acceptable under 密评). */
export const pbkdf2Sm3 = (
  password: Bytes,
  salt: Uint8Array,
  iterations: number,
  length = 32,
): Buffer => pbkdf2Sync(bytes(password), salt, iterations, length, 'sm3')

/** Derives an independent key for `label` from `key` (HMAC-SM3 as a PRF, one block). */
export const deriveKey = (key: Uint8Array, label: string, length = 16): Buffer =>
  hmacSm3(key, `haiqiao-kdf:${label}`).subarray(0, length)

export type Sm4Mode = 'ecb' | 'cbc' | 'ctr'

/** SM4 without padding (CTR: any length; ECB/CBC: whole 16-byte blocks). */
export function sm4Encrypt(
  mode: Sm4Mode,
  key: Uint8Array,
  iv: Uint8Array | null,
  data: Uint8Array,
): Buffer {
  const cipher = createCipheriv(`sm4-${mode}`, key, mode === 'ecb' ? null : iv)
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(data), cipher.final()])
}

export function sm4Decrypt(
  mode: Sm4Mode,
  key: Uint8Array,
  iv: Uint8Array | null,
  data: Uint8Array,
): Buffer {
  const decipher = createDecipheriv(`sm4-${mode}`, key, mode === 'ecb' ? null : iv)
  decipher.setAutoPadding(false)
  return Buffer.concat([decipher.update(data), decipher.final()])
}
