// One round of anchoring (the launcher's audit job runs it every few seconds and after each checkpoint):
// when the chain's tail or the checkpoints moved since the last anchor, and the database still holds what
// that anchor vouched for and the new links verify with the audit key, a new SM2-signed anchor replaces
// the archive directory's and is sent to the log server. Delivery is retried each round until it succeeds
// (the collector keeps an anchor once, by id). A database that no longer matches its anchor is never
// anchored again: the evidence stays as it was.
import type { Pool } from 'pg'
import type { CryptoProvider } from '../crypto/index.ts'
import {
  anchorId,
  anchorProblem,
  anchorToSyslog,
  databaseState,
  latestAnchor,
  signAnchor,
  writeAnchorFile,
  type Anchor,
  type AnchorSources,
  type FoundAnchor,
} from './anchor.ts'
import { sendSyslog } from './syslog.ts'
import { archivedTail, verifyAuditChain } from './verifyAuditChain.ts'

/** What a sender remembers between rounds (kept by the caller, in memory). */
export type AnchorSender = { last?: FoundAnchor; delivered?: string }

export type AnchorRound = { anchor?: Anchor; problem?: string; deliveryError?: string }

export async function anchorTail(
  pool: Pool,
  crypto: CryptoProvider,
  sender: AnchorSender,
  { sources, url, now = new Date() }: { sources: AnchorSources; url: string; now?: Date },
): Promise<AnchorRound> {
  if (!sender.last) {
    const found = latestAnchor(crypto, sources)
    if (found.problem) return { problem: found.problem }
    sender.last = found.anchor
  }
  const last = sender.last
  if (last) {
    const problem = await anchorProblem(pool, last)
    if (problem) return { problem }
  }
  const state = await databaseState(pool)
  if (state.seq === 0) return {}
  let anchor: Anchor | undefined = last
  if (!last || anchorId(last) !== anchorId(state)) {
    const vouched =
      last && last.seq > (await archivedTail(pool)).seq
        ? { seq: last.seq, hash: last.hash }
        : undefined
    const chain = await verifyAuditChain(pool, crypto, { from: vouched })
    if (!chain.ok) return { problem: `第 ${chain.brokenAt} 条记录异常：${chain.problem}` }
    anchor = signAnchor(crypto, state, now)
    writeAnchorFile(sources.dir, anchor)
    sender.last = { ...anchor, source: `归档目录 ${sources.dir}` }
  }
  if (anchor && sender.delivered !== anchorId(anchor)) {
    try {
      await sendSyslog(url, [anchorToSyslog(anchor)])
      sender.delivered = anchorId(anchor)
    } catch (error) {
      return { anchor, deliveryError: error instanceof Error ? error.message : String(error) }
    }
  }
  return { anchor }
}
