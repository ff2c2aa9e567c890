// `npm run bench:crypto`: throughput of the 国密 module on this machine — SM3 over 1 MiB buffers, field
// encryption/decryption of a typical personal-data value, HMAC-SM3 blind index, SM2 sign/verify. Prints figures.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { SoftKeyStore } from '../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../cms/lib/crypto/provider.ts'
import { parseArgs } from 'node:util'
import { pbkdf2Sm3, sm3 } from '../cms/lib/crypto/sm.ts'

// `--ms` shortens each measurement (the test suite smoke-runs it); the figures quoted are from the default.
const { values: args } = parseArgs({ options: { ms: { type: 'string', default: '1500' } } })
const windowMs = Number(args.ms)

/** Runs `work` repeatedly for about `ms` milliseconds after a short warm-up; returns operations per second. */
function rate(work: () => void, ms = windowMs): number {
  for (let i = 0; i < Math.min(50, Math.ceil(ms / 30)); i++) work()
  let count = 0
  const start = performance.now()
  while (performance.now() - start < ms) {
    work()
    count++
  }
  return count / ((performance.now() - start) / 1000)
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'haiqiao-bench-crypto-'))
try {
  const provider = new SoftCryptoProvider(new SoftKeyStore({ dir }))
  const context = {
    table: 'consultations',
    column: 'phone',
    rowId: '7f1c2e2a-4f0b-4c55-9f7e-0d1a2b3c4d5e',
  }
  const value = '13800138000'
  const token = provider.encryptField(value, context)
  const mib = randomBytes(1024 * 1024)
  const message = Buffer.from(
    '审计检查点：链尾哈希 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
  )
  const signature = provider.sign(message)

  const rows: [string, number, string][] = [
    ['SM3 (1 MiB blocks)', rate(() => sm3(mib)), 'MiB/s'],
    [
      'field encrypt (SM4-CTR + HMAC-SM3, 11 chars)',
      rate(() => provider.encryptField(value, context)),
      'ops/s',
    ],
    ['field decrypt + verify', rate(() => provider.decryptField(token, context)), 'ops/s'],
    ['blind index (HMAC-SM3)', rate(() => provider.blindIndex(value, context)), 'ops/s'],
    ['SM2 sign (sm-crypto)', rate(() => provider.sign(message)), 'ops/s'],
    ['SM2 verify (sm-crypto)', rate(() => provider.verify(message, signature)), 'ops/s'],
    [
      'PBKDF2-HMAC-SM3, 100k iterations',
      rate(() => pbkdf2Sm3('Passw0rd!口令', randomBytes(16), 100_000), windowMs * 2),
      'hashes/s',
    ],
  ]
  console.log(
    `\n国密 crypto throughput — ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, Node ${process.versions.node}, OpenSSL ${process.versions.openssl}`,
  )
  for (const [name, value, unit] of rows)
    console.log(`${name.padEnd(46)} ${value.toFixed(value < 100 ? 1 : 0).padStart(10)} ${unit}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
