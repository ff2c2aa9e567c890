// The content check as a gate on the review workflow's transitions (options.check of review-workflow):
//   - forward steps (into review or publication) stop on any block-level finding, with where and what;
//   - a reviewer moving a document on from a review state must confirm review-level findings explicitly
//     (`override`), and the confirmation is recorded in the audit log with the findings it covered;
//   - returning, withdrawing and unpublishing are never held up by the check.
import { APIError, type PayloadRequest } from 'payload'
import type { AuditEntry } from '../../../cms/lib/audit/chain.ts'
import { cutText } from '../../../contracts/text/index.ts'
import { checkDocument, type DocumentFinding } from '../utilities/document.ts'

export type OverrideEvent = {
  collection: string
  id: string
  transition: string
  findings: DocumentFinding[]
}

/**
 * The step the gate is asked about: what a workflow's pre-transition check is given (review-workflow's
 * `TransitionCheck` has this shape; declared here so the plugins do not import each other).
 */
export type GatedStep = {
  collection: string
  id: string
  /** The document's latest version (depth 0). */
  doc: Record<string, unknown>
  transition: { key: string; label: string }
  from: { stage: string }
  to: { stage: string }
  /** The actor confirms findings that need a reviewer's sign-off. */
  override: boolean
  /** A scheduled publication being carried out (confirmed when it was scheduled). */
  scheduled: boolean
}

const MAX_LISTED = 3

/** “正文”第 12 字“攻府”（应为“政府”） */
export function describeFinding(finding: DocumentFinding): string {
  if (finding.rule === 'attachment') return finding.message
  return `“${finding.fieldLabel}”第 ${finding.offset + 1} 字“${finding.found}”${finding.suggestion && finding.suggestion !== finding.found ? `（应为“${finding.suggestion}”）` : `（${finding.category}）`}`
}

const listed = (findings: DocumentFinding[]) =>
  findings.slice(0, MAX_LISTED).map(describeFinding).join('；') +
  (findings.length > MAX_LISTED ? `等 ${findings.length} 处` : '')

const details = (findings: DocumentFinding[]) =>
  findings.map(
    ({ field, fieldLabel, rule, level, found, suggestion, offset, length, text, message }) => ({
      field,
      fieldLabel,
      rule,
      level,
      found,
      suggestion,
      offset,
      length,
      text,
      message,
    }),
  )

export function safetyGate(record?: (req: PayloadRequest, event: OverrideEvent) => Promise<void>) {
  return async (req: PayloadRequest, step: GatedStep): Promise<void> => {
    if (step.to.stage !== 'review' && step.to.stage !== 'published') return
    const { findings } = await checkDocument(req, step.collection, step.id, step.doc)
    const open = findings.filter((finding) => !finding.accepted)
    const blocked = open.filter((finding) => finding.level === 'block')
    if (blocked.length) {
      throw new APIError(
        `内容检查发现 ${blocked.length} 处禁止发布的问题，不能${step.transition.label}：${listed(blocked)}。请修改后再提交。`,
        409,
        { code: 'content_blocked', details: details(blocked) },
        true,
      )
    }
    if (step.from.stage !== 'review' || step.scheduled) return
    const review = open.filter((finding) => finding.level === 'review')
    if (!review.length) return
    if (!step.override) {
      throw new APIError(
        `内容检查发现 ${review.length} 处须审核人确认的问题：${listed(review)}。请逐条核对，确认无误后勾选“已核对内容检查结果”再${step.transition.label}。`,
        409,
        { code: 'content_review', details: details(review) },
        true,
      )
    }
    await record?.(req, {
      collection: step.collection,
      id: step.id,
      transition: step.transition.key,
      findings: review,
    })
  }
}

/** The audit record of a reviewer's confirmation (`content-safety.override`), with the findings it covered. */
export const overrideAuditRecord = (
  event: OverrideEvent,
): Omit<AuditEntry, 'actorId' | 'actorRoles' | 'ip' | 'userAgent' | 'requestId' | 'sessionId'> => ({
  event: 'content-safety.override',
  result: 'success',
  objectType: event.collection,
  objectId: event.id,
  reason: cutText(
    `${event.transition}：审核人确认 ${event.findings.length} 处检查结果：${event.findings.map(describeFinding).join('；')}`,
    500,
  ),
})
