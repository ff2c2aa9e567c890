// The audit job on the jobs queue (queue `audit`: its two rounds take turns, both write the anchor file):
// the check every HAIQIAO_AUDIT_CHECK_MINUTES (default 5), the anchoring every HAIQIAO_AUDIT_ANCHOR_SECONDS
// (default 10). What the anchoring remembers between rounds (AnchorSender) is this process's.
import type { Payload } from 'payload'
import { recurringTask } from '../jobs/recurring.ts'
import { secondsFromEnv, type HaiqiaoTask } from '../jobs/types.ts'
import { getCrypto } from '../crypto/index.ts'
import type { AnchorSender } from './anchorTail.ts'
import { checkIntervalMs } from './checkpoint.ts'
import type { AuditJobOptions } from './job.ts'
import { auditPool } from './writeAudit.ts'

const sender: AnchorSender = {}
const options: AuditJobOptions = { sender }
// The rounds run only in job runners (plain Node), never in the CMS server: their code is loaded when a
// round runs and left out of the Next.js bundle (its file-system access would make the build trace the
// whole project).
const rounds = () => import(/* turbopackIgnore: true */ './job.ts')
const FAILURE = '【审计告警】审计任务出错'

export const auditTasks: HaiqiaoTask[] = [
  recurringTask({
    slug: 'audit-check',
    label: '审计日志校验与检查点',
    queue: 'audit',
    everyMs: checkIntervalMs,
    failure: FAILURE,
    run: async (req, log) =>
      (await rounds()).runAuditJob(auditPool(req.payload), getCrypto(), log, options),
  }),
  recurringTask({
    slug: 'audit-anchor',
    label: '审计日志库外锚点',
    queue: 'audit',
    everyMs: () => secondsFromEnv('HAIQIAO_AUDIT_ANCHOR_SECONDS', 10, 1, 3600),
    failure: FAILURE,
    run: async (req, log) =>
      (await rounds()).runAnchorRound(auditPool(req.payload), getCrypto(), log, options),
  }),
]

/** One last anchoring at shutdown, by this process; throws when the database is already gone. */
export async function finishAnchoring(payload: Payload): Promise<void> {
  const { anchorTail, target } = await rounds()
  await anchorTail(auditPool(payload), getCrypto(), sender, { ...target(options) })
}
