// The whole integrity check of the audit trail, as the scheduled job and `npm run audit:verify` run it:
// the SM3 chain in the database, the signed archives before it, and the signed checkpoints along it.
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import { checkArchives } from './archive.ts'
import { checkCheckpoints } from './checkpoint.ts'
import { verifyAuditChain } from './verifyAuditChain.ts'

export type IntegrityReport = { ok: true; records: number } | { ok: false; records: number; problem: string }

export async function checkAuditIntegrity(pool: Pool, crypto: CryptoProvider, options?: Parameters<typeof checkArchives>[2]): Promise<IntegrityReport> {
  // The archives first: the chain in the database starts where the last archive ends, so that row must be genuine.
  const archiveProblem = await checkArchives(pool, crypto, options)
  if (archiveProblem) return { ok: false, records: 0, problem: archiveProblem }
  const chain = await verifyAuditChain(pool)
  if (!chain.ok) return { ok: false, records: chain.records, problem: `第 ${chain.brokenAt} 条记录异常：${chain.problem}` }
  const problem = await checkCheckpoints(pool, crypto)
  return problem ? { ok: false, records: chain.records, problem } : { ok: true, records: chain.records }
}
