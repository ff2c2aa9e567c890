// Authenticated field encryption: SM4-CTR + HMAC-SM3, encrypt-then-MAC with separately derived keys, bound to
// table/column/row as associated data, key version stored in the token: hq1.<version>.<iv>.<ciphertext>.<tag>.
import { randomBytes } from 'node:crypto'
import type { SoftKeyStore } from './keyStore.ts'
import { deriveKey, equalBytes, hmacSm3, sm4Decrypt, sm4Encrypt } from './sm.ts'

export type FieldContext = { table: string; column: string; rowId: string }

const PREFIX = 'hq1'
const b64 = (data: Uint8Array) => Buffer.from(data).toString('base64url')

/** Length-prefixed so that no two different contexts serialise alike. */
const associatedData = ({ table, column, rowId }: FieldContext) =>
  Buffer.from([table, column, rowId].map((part) => `${Buffer.byteLength(part)}:${part}`).join('|'))

function tagOf(
  macKey: Buffer,
  version: number,
  context: FieldContext,
  iv: Buffer,
  ct: Buffer,
): Buffer {
  const aad = associatedData(context)
  const header = Buffer.from(`${PREFIX}.${version}.${aad.length}.`)
  return hmacSm3(macKey, Buffer.concat([header, aad, iv, ct]))
}

type FieldKeys = { enc: Buffer; mac: Buffer }
const derived = new WeakMap<SoftKeyStore, Map<number, FieldKeys>>()

/** Encryption and MAC keys derived from the field data key of `version` (cached per store). */
function keysFor(store: SoftKeyStore, version: number): FieldKeys {
  if (!derived.has(store)) derived.set(store, new Map())
  const cache = derived.get(store)!
  if (!cache.has(version)) {
    const dataKey = store.get('field', version)
    cache.set(version, {
      enc: deriveKey(dataKey, 'field-enc'),
      mac: deriveKey(dataKey, 'field-mac', 32),
    })
  }
  return cache.get(version)!
}

export function encryptField(
  store: SoftKeyStore,
  plaintext: string,
  context: FieldContext,
): string {
  const { version } = store.current('field')
  const { enc, mac } = keysFor(store, version)
  const iv = randomBytes(16)
  const ct = sm4Encrypt('ctr', enc, iv, Buffer.from(plaintext, 'utf8'))
  return [PREFIX, version, b64(iv), b64(ct), b64(tagOf(mac, version, context, iv, ct))].join('.')
}

export const isEncryptedField = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(`${PREFIX}.`)

export function decryptField(store: SoftKeyStore, token: string, context: FieldContext): string {
  const [prefix, versionText, ivText, ctText, tagText, ...rest] = token.split('.')
  const version = Number(versionText)
  if (
    prefix !== PREFIX ||
    !Number.isInteger(version) ||
    !ivText ||
    ctText === undefined ||
    !tagText ||
    rest.length
  ) {
    throw new Error('密文格式错误')
  }
  const { enc, mac } = keysFor(store, version)
  const iv = Buffer.from(ivText, 'base64url'),
    ct = Buffer.from(ctText, 'base64url')
  if (!equalBytes(Buffer.from(tagText, 'base64url'), tagOf(mac, version, context, iv, ct))) {
    throw new Error(`密文校验失败：${context.table}.${context.column} 的数据被篡改或不属于本行`)
  }
  return sm4Decrypt('ctr', enc, iv, ct).toString('utf8')
}

/**
 * HMAC-SM3 blind index for equality search on an encrypted column (normalised: trimmed, NFKC, lower-case),
 * prefixed with the key version: after rotating the blind-index key, stored indexes must be recomputed.
 */
export function blindIndex(
  store: SoftKeyStore,
  value: string,
  { table, column }: Omit<FieldContext, 'rowId'>,
): string {
  const { version, key } = store.current('blind-index')
  const columnKey = deriveKey(key, `index:${table}.${column}`, 32)
  return `v${version}:${hmacSm3(columnKey, value.trim().normalize('NFKC').toLowerCase()).toString('hex')}`
}
