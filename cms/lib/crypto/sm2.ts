// SM2 (GB/T 32918) through sm-crypto 0.5.8: Node's built-in "SM2" is ECDSA on the SM2 curve, not SM2.
// Formats at our boundaries: keys as hex (public key uncompressed, 04‖x‖y), signatures DER (hex),
// ciphertext C1‖C3‖C2 with C1 as 64 bytes x‖y (no 04 prefix), user id always explicit.
import { sm2 } from 'sm-crypto'

/** The default distinguishing identifier of GM/T 0009; protocols must still state it explicitly. */
export const SM2_DEFAULT_USER_ID = '1234567812345678'

export type Sm2KeyPair = { privateKey: string; publicKey: string }

export function sm2GenerateKeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex()
  return { privateKey, publicKey }
}

export const sm2PublicKeyOf = (privateKey: string): string =>
  sm2.getPublicKeyFromPrivateKey(privateKey)

/** Signs (Z_A computed with `userId`); returns the DER-encoded signature as hex. */
export function sm2Sign(
  privateKey: string,
  message: Uint8Array,
  userId: string,
  publicKey = sm2PublicKeyOf(privateKey),
): string {
  return sm2.doSignature(Array.from(message), privateKey, {
    der: true,
    hash: true,
    publicKey,
    userId,
  })
}

export function sm2Verify(
  publicKey: string,
  message: Uint8Array,
  signatureDer: string,
  userId: string,
): boolean {
  try {
    return sm2.doVerifySignature(Array.from(message), signatureDer, publicKey, {
      der: true,
      hash: true,
      userId,
    })
  } catch {
    return false
  }
}

/** C1‖C3‖C2, C1 without the 04 prefix. */
export function sm2Encrypt(publicKey: string, plaintext: Uint8Array): Buffer {
  return Buffer.from(sm2.doEncrypt(Array.from(plaintext), publicKey, 1), 'hex')
}

export function sm2Decrypt(privateKey: string, ciphertext: Uint8Array): Buffer {
  const result = sm2.doDecrypt(Buffer.from(ciphertext).toString('hex'), privateKey, 1, {
    output: 'array',
  })
  if (!result.length && ciphertext.length > 96)
    throw new Error('SM2 解密失败：密文无效或密钥不匹配')
  return Buffer.from(result)
}
