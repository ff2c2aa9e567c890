// How a workflow event reads in the host's audit log (`workflow.transition`): step, states and comment.
import type { AuditEntry } from '../../../cms/lib/audit/chain.ts'
import { cutText } from '../../../contracts/text/index.ts'
import type { WorkflowEvent } from '../types.ts'

/** An audit record without its request context (who, from where): the host adds that. */
export type AuditRecord = Omit<
  AuditEntry,
  'actorId' | 'actorRoles' | 'ip' | 'userAgent' | 'requestId' | 'sessionId'
>

/** `submit：draft → review；意见：…`, cut to the audit log's 500 characters. */
export const transitionAuditRecord = (event: WorkflowEvent): AuditRecord => ({
  event: 'workflow.transition',
  result: 'success',
  objectType: event.collection,
  objectId: event.id,
  reason: cutText(
    `${event.transition}：${event.from} → ${event.to}${event.comment ? `；意见：${event.comment}` : ''}`,
    500,
  ),
})
