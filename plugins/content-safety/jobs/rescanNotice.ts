// What the people responsible are told when a round of 内容巡检 finds new findings in published content.
import { FINDING_LEVEL } from '../engine/terms.ts'
import type { ScanReport } from '../types.ts'

/** How many findings a notice lists; the rest are counted and shown in the admin. */
const LISTED = 20

/** The notice for a report of new block- and review-level findings: subject, body, event type and what it is about. */
export function rescanNotice(report: ScanReport): {
  subject: string
  body: string
  eventType: string
  ref: string
} {
  const listed = report.findings
    .slice(0, LISTED)
    .map(
      (f) =>
        `· [${FINDING_LEVEL[f.level]}] ${f.collectionLabel}《${f.title}》“${f.fieldLabel}”第 ${f.offset + 1} 字：${f.message}`,
    )
  const more =
    report.findings.length > LISTED
      ? `……共 ${report.findings.length} 处，详见管理后台“内容巡检”。`
      : '详见管理后台“内容巡检”。'
  return {
    subject: `内容巡检：已发布内容中新发现 ${report.findings.length} 处须处理的问题`,
    body: [
      `词库变更后重新检查了 ${report.documents} 篇已发布内容，新发现以下问题，请尽快核实并修改或撤下：`,
      ...listed,
      more,
    ].join('\n'),
    eventType: 'content-safety.rescan',
    ref: `safety-scans/${report.id}`,
  }
}
