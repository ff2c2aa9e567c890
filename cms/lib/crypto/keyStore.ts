// Software key store (development and single-server use; a certified hardware module replaces it behind
// CryptoProvider): a master key from HAIQIAO_MASTER_KEY or a generated file outside the repo wraps versioned
// data keys per purpose. Rotating a purpose adds a version (old data stays readable); rotating the master key
// re-wraps every data key without touching data.
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deriveKey, equalBytes, hmacSm3, sm4Decrypt, sm4Encrypt } from './sm.ts'
import { sm2GenerateKeyPair } from './sm2.ts'

/** `service`: the HMAC-SM3 key the portal's server signs its calls to the CMS with (the one key handed out). */
export type KeyPurpose =
  'field' | 'blind-index' | 'integrity' | 'audit-chain' | 'sm2-signing' | 'service'

type StoredKey = { purpose: KeyPurpose; version: number; wrapped: string; createdAt: string }

export type KeyStoreOptions = { dir: string; masterKeyHex?: string }

const MASTER_FILE = 'master.key'
const KEYS_FILE = 'data-keys.json'

function readMaster({ dir, masterKeyHex }: KeyStoreOptions): Buffer {
  const hex =
    masterKeyHex ??
    (existsSync(path.join(dir, MASTER_FILE))
      ? readFileSync(path.join(dir, MASTER_FILE), 'utf8').trim()
      : undefined)
  if (hex !== undefined) {
    if (!/^[0-9a-f]{64}$/i.test(hex))
      throw new Error('主密钥格式错误：HAIQIAO_MASTER_KEY 须为 64 位十六进制（32 字节）')
    return Buffer.from(hex, 'hex')
  }
  const master = randomBytes(32)
  writePrivate(path.join(dir, MASTER_FILE), master.toString('hex'))
  return master
}

function writePrivate(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, content, { mode: 0o600 })
  chmodSync(temp, 0o600)
  renameSync(temp, file)
}

/** Encrypt-then-MAC of a data key under the master key, bound to its purpose and version. */
function wrap(master: Buffer, purpose: KeyPurpose, version: number, key: Buffer): string {
  const iv = randomBytes(16)
  const ct = sm4Encrypt('ctr', deriveKey(master, 'wrap-enc'), iv, key)
  const tag = hmacSm3(
    deriveKey(master, 'wrap-mac', 32),
    Buffer.concat([Buffer.from(`${purpose}:${version}:`), iv, ct]),
  )
  return Buffer.concat([iv, tag, ct]).toString('base64')
}

function unwrap(master: Buffer, stored: StoredKey): Buffer {
  const raw = Buffer.from(stored.wrapped, 'base64')
  const iv = raw.subarray(0, 16),
    tag = raw.subarray(16, 48),
    ct = raw.subarray(48)
  const expected = hmacSm3(
    deriveKey(master, 'wrap-mac', 32),
    Buffer.concat([Buffer.from(`${stored.purpose}:${stored.version}:`), iv, ct]),
  )
  if (!equalBytes(tag, expected))
    throw new Error(
      `数据密钥校验失败（${stored.purpose} v${stored.version}）：主密钥不匹配或密钥文件被篡改`,
    )
  return sm4Decrypt('ctr', deriveKey(master, 'wrap-enc'), iv, ct)
}

export class SoftKeyStore {
  private master: Buffer
  private keys: StoredKey[]
  private readonly cache = new Map<string, Buffer>()
  private readonly file: string

  constructor(options: KeyStoreOptions) {
    this.master = readMaster(options)
    this.file = path.join(options.dir, KEYS_FILE)
    this.keys = this.read()
  }

  private refreshedAt = 0

  private read(): StoredKey[] {
    return existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as { keys: StoredKey[] }).keys
      : []
  }

  /**
   * Picks up keys another process (the CMS server, the launcher) added since this store was opened, so that
   * two processes sharing the directory never create two different keys of the same purpose and version.
   */
  private refresh(): void {
    this.refreshedAt = Date.now()
    const known = new Set(this.keys.map((k) => `${k.purpose}:${k.version}`))
    this.keys.push(...this.read().filter((k) => !known.has(`${k.purpose}:${k.version}`)))
  }

  /** The newest version of a purpose's key, created on first use. */
  current(purpose: KeyPurpose): { version: number; key: Buffer } {
    if (!this.keys.some((k) => k.purpose === purpose)) this.refresh()
    const versions = this.keys.filter((k) => k.purpose === purpose).map((k) => k.version)
    const version = versions.length ? Math.max(...versions) : this.rotate(purpose)
    return { version, key: this.get(purpose, version) }
  }

  /** When the first version of a purpose's key was made, if it exists. */
  createdAt(purpose: KeyPurpose): Date | undefined {
    if (!this.keys.some((k) => k.purpose === purpose)) this.refresh()
    const first = this.keys
      .filter((k) => k.purpose === purpose)
      .sort((a, b) => a.version - b.version)[0]
    return first ? new Date(first.createdAt) : undefined
  }

  /** Every version of a purpose's key, oldest first. */
  versions(purpose: KeyPurpose): number[] {
    this.refresh()
    return this.keys
      .filter((k) => k.purpose === purpose)
      .map((k) => k.version)
      .sort((a, b) => a - b)
  }

  get(purpose: KeyPurpose, version: number): Buffer {
    const id = `${purpose}:${version}`
    const cached = this.cache.get(id)
    if (cached) return cached
    // A version made by another process sharing this store (the launcher, a second server) since we loaded it;
    // looked for at most every 2 s, so requests naming unknown versions cannot make every call read the file.
    if (
      !this.keys.some((k) => k.purpose === purpose && k.version === version) &&
      Date.now() - this.refreshedAt > 2000
    )
      this.refresh()
    const stored = this.keys.find((k) => k.purpose === purpose && k.version === version)
    if (!stored) throw new Error(`找不到密钥 ${purpose} v${version}`)
    const key = unwrap(this.master, stored)
    this.cache.set(id, key)
    return key
  }

  /** Adds a new version of the purpose's key and returns its number. */
  rotate(purpose: KeyPurpose): number {
    this.refresh()
    const version =
      Math.max(0, ...this.keys.filter((k) => k.purpose === purpose).map((k) => k.version)) + 1
    const key =
      purpose === 'sm2-signing'
        ? Buffer.from(sm2GenerateKeyPair().privateKey, 'hex')
        : randomBytes(32)
    this.keys.push({
      purpose,
      version,
      wrapped: wrap(this.master, purpose, version, key),
      createdAt: new Date().toISOString(),
    })
    this.save()
    return version
  }

  /** Master-key rotation: every data key is re-wrapped under `newMasterHex`; data is untouched. */
  rewrap(newMasterHex: string, { persistMaster }: { persistMaster: boolean }): void {
    const next = Buffer.from(newMasterHex, 'hex')
    if (next.length !== 32) throw new Error('新主密钥须为 32 字节')
    this.keys = this.keys.map((stored) => ({
      ...stored,
      wrapped: wrap(next, stored.purpose, stored.version, unwrap(this.master, stored)),
    }))
    this.master = next
    this.save()
    if (persistMaster) writePrivate(path.join(path.dirname(this.file), MASTER_FILE), newMasterHex)
  }

  private save(): void {
    writePrivate(this.file, JSON.stringify({ keys: this.keys }, null, 2))
  }
}
