// The part of sm-crypto 0.5.8's API we use (@types/sm-crypto describes 0.3 and lacks several of these).
declare module 'sm-crypto' {
  type Input = string | number[]
  export const sm2: {
    generateKeyPairHex(): { privateKey: string; publicKey: string }
    getPublicKeyFromPrivateKey(privateKey: string): string
    doSignature(
      msg: Input,
      privateKey: string,
      options?: {
        der?: boolean
        hash?: boolean
        publicKey?: string
        userId?: string
        pointPool?: unknown[]
      },
    ): string
    doVerifySignature(
      msg: Input,
      signature: string,
      publicKey: string,
      options?: { der?: boolean; hash?: boolean; userId?: string },
    ): boolean
    doEncrypt(msg: Input, publicKey: string, cipherMode?: 0 | 1): string
    doDecrypt(
      encrypted: string,
      privateKey: string,
      cipherMode: 0 | 1,
      options: { output: 'array' },
    ): number[]
    doDecrypt(
      encrypted: string,
      privateKey: string,
      cipherMode?: 0 | 1,
      options?: { output?: 'string' },
    ): string
  }
}
