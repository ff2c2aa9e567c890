// The 国密 crypto module against the standard vectors (GB/T 32905 SM3, GB/T 32907 SM4, GB/T 32918 SM2,
// recommended curve), byte for byte, and the properties of field encryption and the software key store.
import { createCipheriv } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decryptField, encryptField } from '../../cms/lib/crypto/fieldCipher.ts'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { pbkdf2Sm3, sm3, sm4Decrypt, sm4Encrypt } from '../../cms/lib/crypto/sm.ts'
import {
  SM2_DEFAULT_USER_ID,
  sm2Decrypt,
  sm2Encrypt,
  sm2PublicKeyOf,
  sm2Sign,
  sm2Verify,
} from '../../cms/lib/crypto/sm2.ts'

const hex = (value: string) => Buffer.from(value, 'hex')
const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-keys-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

// GB/T 32918.5 Annex A/C (recommended curve), as in openssl test/sm2_internal_test.c.
const SM2 = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  P:
    '04' +
    '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
    'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
  C1:
    '04ebfc718e8d1798620432268e77feb6415e2ede0e073c0f4f640ecd2e149a73' +
    'e858f9d81e5430a57b36daab8f950a3c64e6ee6a63094d99283aff767e124df0',
  C3: '59983c18f809e262923c53aec295d30383b54e39d609d160afcb1908d0bd8766',
  C2: '21886ca989ca9c7d58087307ca93092d651efa',
}
/** DER SEQUENCE of two positive 32-byte INTEGERs (both vectors have the high bit set). */
const derSignature = (r: string, s: string) => `3046022100${r}022100${s}`
// sm-crypto's internals, reached the way it loads them, to inject the standard's fixed k.
const smRequire = createRequire(createRequire(import.meta.url).resolve('sm-crypto'))
const { BigInteger } = smRequire('jsbn') as {
  BigInteger: new (value: string, radix: number) => unknown
}
const smUtils = smRequire('./sm2/utils') as {
  generateKeyPairHex: () => { privateKey: string; publicKey: string }
}

describe('SM3（GB/T 32905）', () => {
  it('附录 A 示例与空串', () => {
    expect(sm3('abc').toString('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    )
    expect(sm3('abcd'.repeat(16)).toString('hex')).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    )
    expect(sm3('').toString('hex')).toBe(
      '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b',
    )
  })

  it('PBKDF2-HMAC-SM3 可重复、随盐变化', () => {
    const salt = hex('000102030405060708090a0b0c0d0e0f')
    expect(pbkdf2Sm3('口令Passw0rd', salt, 1000)).toEqual(pbkdf2Sm3('口令Passw0rd', salt, 1000))
    expect(pbkdf2Sm3('口令Passw0rd', salt, 1000)).not.toEqual(
      pbkdf2Sm3('口令Passw0rd', hex('0f'.repeat(16)), 1000),
    )
  })
})

describe('SM4（GB/T 32907）', () => {
  const key = hex('0123456789abcdeffedcba9876543210')
  it('附录 A.1：一次加密与解密', () => {
    const ct = sm4Encrypt('ecb', key, null, key)
    expect(ct.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246')
    expect(sm4Decrypt('ecb', key, null, ct)).toEqual(key)
  })

  it('附录 A.2：同一密钥加密 1 000 000 次', () => {
    // The same OpenSSL SM4 that sm4Encrypt uses, one cipher context for speed.
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false)
    let block: Buffer = key
    for (let i = 0; i < 1_000_000; i++) block = cipher.update(block)
    expect(block.toString('hex')).toBe('595298c7c6fd271f0402f804c33d3f66')
  })
})

describe('SM2（GB/T 32918，推荐曲线）', () => {
  it('由私钥得到标准公钥', () => {
    expect(sm2PublicKeyOf(SM2.d)).toBe(SM2.P)
  })

  it('验证标准签名；换用户标识或改消息则失败', () => {
    const message = Buffer.from('message digest')
    expect(sm2Verify(SM2.P, message, derSignature(SM2.r, SM2.s), SM2_DEFAULT_USER_ID)).toBe(true)
    expect(sm2Verify(SM2.P, message, derSignature(SM2.r, SM2.s), 'ALICE123@YAHOO.COM')).toBe(false)
    expect(
      sm2Verify(
        SM2.P,
        Buffer.from('message digesT'),
        derSignature(SM2.r, SM2.s),
        SM2_DEFAULT_USER_ID,
      ),
    ).toBe(false)
  })

  it('固定随机数 k 时签名与标准逐字节一致', async () => {
    const { sm2 } = await import('sm-crypto')
    const x1 = new BigInteger(sm2PublicKeyOf(SM2.k).slice(2, 66), 16)
    const signature = sm2.doSignature(Array.from(Buffer.from('message digest')), SM2.d, {
      der: true,
      hash: true,
      userId: SM2_DEFAULT_USER_ID,
      pointPool: [{ k: new BigInteger(SM2.k, 16), x1 }],
    })
    expect(signature).toBe(derSignature(SM2.r, SM2.s))
    // and the module's own signing (random k) verifies
    const ours = sm2Sign(SM2.d, Buffer.from('message digest'), SM2_DEFAULT_USER_ID)
    expect(sm2Verify(SM2.P, Buffer.from('message digest'), ours, SM2_DEFAULT_USER_ID)).toBe(true)
  })

  it('固定随机数 k 时加密结果为标准 C1‖C3‖C2；标准密文解密得到明文', () => {
    const original = smUtils.generateKeyPairHex
    smUtils.generateKeyPairHex = () => ({ privateKey: SM2.k, publicKey: sm2PublicKeyOf(SM2.k) })
    try {
      expect(sm2Encrypt(SM2.P, Buffer.from('encryption standard')).toString('hex')).toBe(
        SM2.C1 + SM2.C3 + SM2.C2,
      )
    } finally {
      smUtils.generateKeyPairHex = original
    }
    expect(sm2Decrypt(SM2.d, hex(SM2.C1 + SM2.C3 + SM2.C2)).toString()).toBe('encryption standard')
    const random = sm2Encrypt(SM2.P, Buffer.from('数字信封'))
    expect(sm2Decrypt(SM2.d, random).toString()).toBe('数字信封')
  })
})

describe('字段加密与密钥库', () => {
  const context = { table: 'consultations', column: 'phone', rowId: 'row-1' }

  it('SM4-CTR + HMAC-SM3：往返、每次密文不同、篡改或换行即拒绝', () => {
    const store = new SoftKeyStore({ dir: tempDir() })
    const token = encryptField(store, '13800138000', context)
    expect(token).toMatch(/^hq1\.1\./)
    expect(token).not.toContain('13800138000')
    expect(encryptField(store, '13800138000', context)).not.toBe(token)
    expect(decryptField(store, token, context)).toBe('13800138000')
    const parts = token.split('.')
    const flipped = Buffer.from(parts[3]!, 'base64url')
    flipped[0]! ^= 1
    expect(() =>
      decryptField(
        store,
        [...parts.slice(0, 3), flipped.toString('base64url'), parts[4]].join('.'),
        context,
      ),
    ).toThrow(/被篡改/)
    expect(() => decryptField(store, token, { ...context, rowId: 'row-2' })).toThrow(/不属于本行/)
    expect(() => decryptField(store, token, { ...context, column: 'email' })).toThrow(/被篡改/)
  })

  it('数据密钥轮换后旧密文仍可解密；主密钥轮换只重新封装密钥', () => {
    const dir = tempDir()
    const store = new SoftKeyStore({ dir })
    const old = encryptField(store, '310101199001011234', context)
    expect(store.rotate('field')).toBe(2)
    const fresh = encryptField(store, '310101199001011234', context)
    expect(fresh).toMatch(/^hq1\.2\./)
    const newMaster = 'ab'.repeat(32)
    store.rewrap(newMaster, { persistMaster: false })
    const reopened = new SoftKeyStore({ dir, masterKeyHex: newMaster })
    expect(decryptField(reopened, old, context)).toBe('310101199001011234')
    expect(decryptField(reopened, fresh, context)).toBe('310101199001011234')
    expect(() =>
      decryptField(new SoftKeyStore({ dir, masterKeyHex: 'cd'.repeat(32) }), old, context),
    ).toThrow(/主密钥不匹配/)
  })

  it('密钥文件只有属主可读，且不含明文密钥', () => {
    const dir = tempDir()
    const store = new SoftKeyStore({ dir })
    encryptField(store, 'x', context)
    for (const file of ['master.key', 'data-keys.json'])
      expect(statSync(path.join(dir, file)).mode & 0o077).toBe(0)
    const fieldKey = store.get('field', 1).toString('base64')
    expect(readFileSync(path.join(dir, 'data-keys.json'), 'utf8')).not.toContain(fieldKey)
  })

  it('审计链密钥与完整性密钥分开；共用密钥库的两个进程不会各自生成同一用途的密钥', () => {
    const dir = tempDir()
    // The CMS server and the launcher open the same key store; the launcher's was opened first.
    const launcher = new SoftCryptoProvider(new SoftKeyStore({ dir }))
    const cms = new SoftCryptoProvider(new SoftKeyStore({ dir }))
    const tag = cms.integrityTag('link', 'audit-chain')
    expect(tag).toMatch(/^v1:[0-9a-f]{64}$/)
    expect(launcher.verifyIntegrityTag('link', tag, 'audit-chain')).toBe(true)
    expect(launcher.integrityTag('link', 'audit-chain')).toBe(tag)
    expect(launcher.verifyIntegrityTag('link', tag)).toBe(false)
    expect(launcher.keyCreatedAt('audit-chain')).toBeInstanceOf(Date)
  })

  it('盲索引确定、按列区分并规范化输入；完整性标签与 SM2 签名', () => {
    const provider = new SoftCryptoProvider(new SoftKeyStore({ dir: tempDir() }))
    const index = provider.blindIndex(' Zhang@Example.COM ', { table: 'users', column: 'email' })
    expect(index).toBe(
      provider.blindIndex('zhang@example.com', { table: 'users', column: 'email' }),
    )
    expect(index).not.toBe(
      provider.blindIndex('zhang@example.com', { table: 'providers', column: 'email' }),
    )
    const tag = provider.integrityTag('roles=reviewer')
    expect(provider.verifyIntegrityTag('roles=reviewer', tag)).toBe(true)
    expect(provider.verifyIntegrityTag('roles=systemAdmin', tag)).toBe(false)
    const data = Buffer.from('审计检查点 #42')
    const signature = provider.sign(data)
    expect(signature.userId).toBe(SM2_DEFAULT_USER_ID)
    expect(provider.verify(data, signature)).toBe(true)
    expect(provider.verify(Buffer.from('审计检查点 #43'), signature)).toBe(false)
  })
})
