// CryptoProvider: the one interface every feature uses for 国密 operations that involve keys. The software
// implementation keeps keys in SoftKeyStore; a certified hardware module (SDF/密码服务) can implement it later.
import { blindIndex, decryptField, encryptField, type FieldContext } from './fieldCipher.ts'
import { SoftKeyStore, type KeyPurpose } from './keyStore.ts'
import { equalBytes, hmacSm3, sm3, type Bytes } from './sm.ts'
import { SM2_DEFAULT_USER_ID, sm2PublicKeyOf, sm2Sign, sm2Verify } from './sm2.ts'

/** The key purposes used for HMAC-SM3 tags. */
export type MacPurpose = Extract<KeyPurpose, 'integrity' | 'audit-chain'>

export type Sm2Signature = {
  signature: string
  publicKey: string
  userId: string
  keyVersion: number
}

export interface CryptoProvider {
  readonly name: string
  /** SM3 digest (hex). */
  digest(data: Bytes): string
  encryptField(plaintext: string, context: FieldContext): string
  decryptField(token: string, context: FieldContext): string
  blindIndex(value: string, context: Omit<FieldContext, 'rowId'>): string
  /**
   * HMAC-SM3 tag `v<version>:<hex>` with the key of `purpose`: the integrity key (role tags, login challenges,
   * preview links) or the audit chain's own key.
   */
  integrityTag(data: Bytes, purpose?: MacPurpose): string
  verifyIntegrityTag(data: Bytes, tag: string, purpose?: MacPurpose): boolean
  /** When the first key of `purpose` was made (the audit chain accepts unkeyed links only from before it). */
  keyCreatedAt(purpose: KeyPurpose): Date | undefined
  /**
   * The service credential `v<version>:<hex key>` (contracts/serviceRequest.ts) the launcher hands to the portal's
   * server, which signs its calls to the CMS with it: the one key that leaves the store, as the other end of the MAC.
   */
  serviceCredential(): string
  /** Whether `signature` (`v<version>:<hex>`) is the HMAC-SM3 of `data` under that version of the service key. */
  verifyServiceSignature(data: Bytes, signature: string): boolean
  /** SM2 signature (DER hex) with the platform's signing key. */
  sign(data: Uint8Array): Sm2Signature
  verify(data: Uint8Array, signature: Sm2Signature): boolean
  /** Public keys of every version of the platform's signing key: what signatures must be checked against. */
  signingPublicKeys(): string[]
  rotate(purpose: KeyPurpose): number
}

export class SoftCryptoProvider implements CryptoProvider {
  readonly name = 'soft-keystore（软件密钥库，非认证密码模块）'
  private readonly store: SoftKeyStore
  constructor(store: SoftKeyStore) {
    this.store = store
  }

  digest = (data: Bytes) => sm3(data).toString('hex')
  encryptField = (plaintext: string, context: FieldContext) =>
    encryptField(this.store, plaintext, context)
  decryptField = (token: string, context: FieldContext) => decryptField(this.store, token, context)
  blindIndex = (value: string, context: Omit<FieldContext, 'rowId'>) =>
    blindIndex(this.store, value, context)

  integrityTag(data: Bytes, purpose: MacPurpose = 'integrity'): string {
    const { version, key } = this.store.current(purpose)
    return `v${version}:${hmacSm3(key, data).toString('hex')}`
  }

  verifyIntegrityTag = (data: Bytes, tag: string, purpose: MacPurpose = 'integrity') =>
    this.verifyTag(purpose, data, tag)

  serviceCredential(): string {
    const { version, key } = this.store.current('service')
    return `v${version}:${key.toString('hex')}`
  }

  verifyServiceSignature = (data: Bytes, signature: string) =>
    this.verifyTag('service', data, signature)

  /** A `v<version>:<hex>` HMAC-SM3 tag checked in constant time; false for an unknown version or a malformed tag. */
  private verifyTag(purpose: MacPurpose | 'service', data: Bytes, tag: string): boolean {
    const match = /^v(\d{1,6}):([0-9a-f]{64})$/.exec(tag)
    if (!match) return false
    try {
      return equalBytes(
        hmacSm3(this.store.get(purpose, Number(match[1])), data),
        Buffer.from(match[2]!, 'hex'),
      )
    } catch {
      return false
    }
  }

  keyCreatedAt = (purpose: KeyPurpose) => this.store.createdAt(purpose)

  /** Public keys by signing-key version: deriving one is a point multiplication, as costly as signing. */
  private readonly publicKeys = new Map<number, string>()

  sign(data: Uint8Array): Sm2Signature {
    const { version, key } = this.store.current('sm2-signing')
    const privateKey = key.toString('hex')
    if (!this.publicKeys.has(version)) this.publicKeys.set(version, sm2PublicKeyOf(privateKey))
    const publicKey = this.publicKeys.get(version)!
    return {
      signature: sm2Sign(privateKey, data, SM2_DEFAULT_USER_ID, publicKey),
      publicKey,
      userId: SM2_DEFAULT_USER_ID,
      keyVersion: version,
    }
  }

  verify = (data: Uint8Array, { signature, publicKey, userId }: Sm2Signature) =>
    sm2Verify(publicKey, data, signature, userId)

  signingPublicKeys(): string[] {
    if (!this.store.versions('sm2-signing').length) this.store.current('sm2-signing')
    return this.store.versions('sm2-signing').map((version) => {
      if (!this.publicKeys.has(version))
        this.publicKeys.set(
          version,
          sm2PublicKeyOf(this.store.get('sm2-signing', version).toString('hex')),
        )
      return this.publicKeys.get(version)!
    })
  }

  rotate = (purpose: KeyPurpose) => this.store.rotate(purpose)
}
