// Audit anchors: the chain's tail and the number of signed checkpoints, signed with SM2 and kept outside the
// database — the latest in the archive directory (audit-anchor.json) and every one on the log server
// (syslog.ts). The database cannot vouch for its own completeness; the newest anchor can: a tail cut off,
// checkpoints deleted, a chain rewritten or the whole log wiped all show as the database holding less than,
// or other than, what the anchor recorded.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Pool } from 'pg'
import type { CryptoProvider, Sm2Signature } from '../crypto/index.ts'
import { writeDurableFile } from './durableFile.ts'
import { formatSyslog, parseSyslog } from './syslog.ts'
import { archivedTail } from './verifyAuditChain.ts'

/** What an anchor records: the tail (seq, hash) and the checkpoints (how many, the newest's seq). */
export type AnchorState = { seq: number; hash: string; checkpoints: number; checkpointSeq: number }
export type Anchor = AnchorState & { at: string; signature: Sm2Signature }

const ANCHOR_FILE = 'audit-anchor.json'

/** HAIQIAO_SYSLOG_PORT: the local reference collector's port (default 5514). */
export const syslogPort = () => Number(process.env.HAIQIAO_SYSLOG_PORT ?? 5514)
/** HAIQIAO_SYSLOG_URL: the log server, `tcp://host:port`; unset → the local reference collector. */
export const syslogUrl = () => process.env.HAIQIAO_SYSLOG_URL ?? `tcp://127.0.0.1:${syslogPort()}`
/** HAIQIAO_SYSLOG_FILE: the log server's file the verifier reads anchors from (the local collector writes it). */
export const syslogFile = () =>
  process.env.HAIQIAO_SYSLOG_FILE ??
  path.resolve(process.env.HAIQIAO_DATA_DIR ?? '.data', 'syslog', 'haiqiao.log')

/** Anchors are kept under this id: resending one is harmless. */
export const anchorId = (state: AnchorState) => `${state.seq}.${state.checkpoints}`

const anchorMessage = (a: AnchorState & { at: string }) =>
  Buffer.from(`haiqiao-audit-anchor|${a.seq}|${a.hash}|${a.checkpoints}|${a.checkpointSeq}|${a.at}`)

/** The chain's state in the database now (an empty log continues after the last archived record). */
export async function databaseState(pool: Pool): Promise<AnchorState & { records: number }> {
  const tail = await pool.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  )
  const { seq, hash } = tail.rows[0]
    ? { seq: Number(tail.rows[0].seq), hash: tail.rows[0].hash }
    : await archivedTail(pool)
  const counts = await pool.query<{ n: string; last: string | null; records: string }>(
    'SELECT count(*) AS n, max(seq) AS last, (SELECT count(*) FROM audit_log) AS records FROM audit_checkpoints',
  )
  const row = counts.rows[0]!
  return {
    seq,
    hash,
    checkpoints: Number(row.n),
    checkpointSeq: Number(row.last ?? 0),
    records: Number(row.records),
  }
}

export function signAnchor(crypto: CryptoProvider, state: AnchorState, at = new Date()): Anchor {
  const anchor = {
    seq: state.seq,
    hash: state.hash,
    checkpoints: state.checkpoints,
    checkpointSeq: state.checkpointSeq,
    at: at.toISOString(),
  }
  return { ...anchor, signature: crypto.sign(anchorMessage(anchor)) }
}

/** The anchor as one RFC 5424 message for the log server. */
export const anchorToSyslog = (anchor: Anchor) =>
  formatSyslog({
    msgid: 'audit-anchor',
    at: new Date(anchor.at),
    params: {
      id: anchorId(anchor),
      seq: String(anchor.seq),
      hash: anchor.hash,
      checkpoints: String(anchor.checkpoints),
      checkpointSeq: String(anchor.checkpointSeq),
      at: anchor.at,
      signature: anchor.signature.signature,
      publicKey: anchor.signature.publicKey,
      userId: anchor.signature.userId,
      keyVersion: String(anchor.signature.keyVersion),
    },
    text: `海桥审计锚点：第 ${anchor.seq} 条记录，${anchor.checkpoints} 个检查点`,
  })

const fromSyslog = (params: Record<string, string>): Anchor => ({
  seq: Number(params.seq),
  hash: params.hash ?? '',
  checkpoints: Number(params.checkpoints),
  checkpointSeq: Number(params.checkpointSeq),
  at: params.at ?? '',
  signature: {
    signature: params.signature ?? '',
    publicKey: params.publicKey ?? '',
    userId: params.userId ?? '',
    keyVersion: Number(params.keyVersion),
  },
})

/** Replaces the archive directory's anchor file atomically (written, synced, renamed). */
export function writeAnchorFile(dir: string, anchor: Anchor): void {
  writeDurableFile(dir, ANCHOR_FILE, `${JSON.stringify(anchor, null, 2)}\n`)
}

export type AnchorSources = { dir: string; syslogFile: string }
export type FoundAnchor = Anchor & { source: string }

/**
 * The newest anchor in the archive directory and the log server's file (by seq, then checkpoints), its
 * signature checked against the platform's signing keys. A newest anchor that does not verify is a problem:
 * someone wrote it without the keys.
 */
export function latestAnchor(
  crypto: CryptoProvider,
  { dir, syslogFile }: AnchorSources,
): { anchor?: FoundAnchor; problem?: string } {
  const found: FoundAnchor[] = []
  const file = path.join(dir, ANCHOR_FILE)
  if (existsSync(file)) {
    try {
      found.push({
        ...(JSON.parse(readFileSync(file, 'utf8')) as Anchor),
        source: `归档目录 ${file}`,
      })
    } catch {
      return { problem: `库外锚点文件 ${file} 无法解析（被改写）` }
    }
  }
  if (existsSync(syslogFile)) {
    for (const line of readFileSync(syslogFile, 'utf8').split('\n')) {
      const parsed = parseSyslog(line)
      if (parsed?.msgid === 'audit-anchor')
        found.push({ ...fromSyslog(parsed.params), source: `日志服务器 ${syslogFile}` })
    }
  }
  const newest = found
    .filter((a) => Number.isInteger(a.seq) && Number.isInteger(a.checkpoints))
    .sort((a, b) => b.seq - a.seq || b.checkpoints - a.checkpoints)[0]
  if (!newest) return {}
  const trusted = new Set(crypto.signingPublicKeys())
  if (
    !trusted.has(newest.signature.publicKey) ||
    !crypto.verify(anchorMessage(newest), newest.signature)
  ) {
    return {
      problem: `${newest.source} 中第 ${newest.seq} 条记录的锚点签名无效（不是平台签名密钥签发的，锚点被伪造或改写）`,
    }
  }
  return { anchor: newest }
}

/** Whether the database still holds everything `anchor` vouches for: why not, in Chinese, or undefined. */
export async function anchorProblem(pool: Pool, anchor: FoundAnchor): Promise<string | undefined> {
  const db = await databaseState(pool)
  const where = `库外锚点（${anchor.source}，${anchor.at}）`
  if (db.seq < anchor.seq) {
    if (db.records === 0 && db.checkpoints === 0) {
      return `库内 0 条记录、0 个检查点，但${where}记录了第 ${anchor.seq} 条记录和 ${anchor.checkpoints} 个检查点：审计日志与检查点被清空`
    }
    return `${where}记录到第 ${anchor.seq} 条记录，库内链尾只到第 ${db.seq} 条：其后的 ${anchor.seq - db.seq} 条记录被删除（链尾被截断）`
  }
  if (anchor.seq > (await archivedTail(pool)).seq) {
    const { rows } = await pool.query<{ hash: string }>(
      'SELECT hash FROM audit_log WHERE seq = $1',
      [anchor.seq],
    )
    if (rows.length !== 1)
      return `${where}记录的第 ${anchor.seq} 条记录不在库内（记录被删除或序号被改动）`
    if (rows[0]!.hash !== anchor.hash)
      return `第 ${anchor.seq} 条记录的哈希与${where}不符（记录被改写、删除后重新编号，或整条哈希链被重算）`
  }
  if (db.checkpoints < anchor.checkpoints) {
    return `库内只有 ${db.checkpoints} 个检查点，少于${where}记录的 ${anchor.checkpoints} 个：检查点被删除`
  }
  if (anchor.checkpointSeq > 0) {
    const { rows } = await pool.query('SELECT 1 FROM audit_checkpoints WHERE seq = $1', [
      anchor.checkpointSeq,
    ])
    if (!rows.length)
      return `${where}记录的第 ${anchor.checkpointSeq} 条记录处的检查点不在库内：检查点被删除`
  }
  return undefined
}
