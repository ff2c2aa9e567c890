// The platform's crypto provider: software key store under HAIQIAO_KEYSTORE_DIR (default .data/keystore/crypto),
// master key from HAIQIAO_MASTER_KEY when set (production), else generated there (development).
import path from 'node:path'
import { SoftKeyStore } from './keyStore.ts'
import { SoftCryptoProvider, type CryptoProvider } from './provider.ts'

let provider: CryptoProvider | undefined

export const keystoreDir = () =>
  process.env.HAIQIAO_KEYSTORE_DIR ??
  path.resolve(process.env.HAIQIAO_DATA_DIR ?? '.data', 'keystore', 'crypto')

export function getCrypto(): CryptoProvider {
  provider ??= new SoftCryptoProvider(
    new SoftKeyStore({
      dir: keystoreDir(),
      masterKeyHex: process.env.HAIQIAO_MASTER_KEY,
    }),
  )
  return provider
}

export type { CryptoProvider, MacPurpose, Sm2Signature } from './provider.ts'
export type { FieldContext } from './fieldCipher.ts'
