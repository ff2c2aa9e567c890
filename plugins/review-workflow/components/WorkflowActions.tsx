'use client'
// Replaces Payload's Publish button: the transitions open to the current user, as buttons. A transition asks
// for a comment (required where the workflow says so), optionally who handles the next step, and is sent with
// the version the user is looking at. While a publish or unpublish is scheduled, those steps wait for it.
import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { isLiveKind } from '../lib/definition.ts'
import { useWorkflow, type WorkflowView } from './useWorkflow.ts'

type Transition = WorkflowView['transitions'][number]

export function WorkflowActions() {
  const { id, view, error, transition } = useWorkflow()
  const [pending, setPending] = useState<Transition | null>(null)
  const [comment, setComment] = useState('')
  const [at, setAt] = useState('')
  const [assignees, setAssignees] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  // The host's check asked for an explicit confirmation (content_review); the reviewer gives it here.
  const [needsOverride, setNeedsOverride] = useState(false)
  const [override, setOverride] = useState(false)
  const [busy, setBusy] = useState(false)

  if (!id) return <span className="hq-wf-hint">保存草稿后即可提交审核</span>
  if (error)
    return (
      <span className="hq-wf-error" role="alert">
        {error}
      </span>
    )
  if (!view) return null
  if (!view.workflow) return <span className="hq-wf-hint">未配置审核流程，不能发布</span>
  const scheduled = view.schedules.length > 0

  const confirm = async () => {
    if (!pending) return
    if (pending.commentRequired && !comment.trim()) {
      setProblem(`执行“${pending.label}”必须填写意见`)
      return
    }
    setBusy(true)
    // datetime-local has no zone: it is the user's local time.
    const failure = await transition(
      pending.key,
      comment.trim(),
      at ? new Date(at).toISOString() : undefined,
      assignees,
      override,
    )
    setBusy(false)
    if (!failure) return window.location.reload()
    setProblem(failure.message)
    if (failure.code === 'content_review') setNeedsOverride(true)
  }

  return (
    <div className="hq-wf-actions">
      <span
        className={`hq-wf-state hq-wf-state--${view.state?.kind ?? 'draft'}`}
        title={`流程：${view.workflow.name}`}
      >
        {view.state?.label}
      </span>
      {view.transitions
        .filter((t) => !(scheduled && changesLive(t)))
        .map((t) => (
          <Button
            key={t.key}
            buttonStyle={
              t.toKind === 'review' || t.toKind === 'published' ? 'primary' : 'secondary'
            }
            size="medium"
            margin={false}
            onClick={() => {
              setPending(t)
              setComment('')
              setAt('')
              setAssignees([])
              setProblem(null)
              setNeedsOverride(false)
              setOverride(false)
            }}
          >
            {t.label}
          </Button>
        ))}
      {scheduled && view.transitions.some(changesLive) && (
        <span className="hq-wf-hint">已安排定时任务（见右侧“审核流程”），取消后才能立即执行</span>
      )}
      {pending && (
        <div
          className="hq-wf-dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby="hq-wf-dialog-title"
        >
          <div className="hq-wf-dialog__panel">
            <h3 id="hq-wf-dialog-title">{pending.label}</h3>
            <p>
              状态将从“{view.state?.label}”变为“{pending.toLabel ?? pending.to}”。
            </p>
            <label htmlFor="hq-wf-comment">
              意见{pending.commentRequired ? '（必填）' : '（选填）'}
            </label>
            <textarea
              id="hq-wf-comment"
              rows={4}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              autoFocus
            />
            {pending.candidates.length > 0 && (
              <fieldset className="hq-wf-assignees">
                <legend>
                  指定处理人（选填；不指定则通知所有可办理“{pending.toLabel ?? pending.to}”的人员）
                </legend>
                {pending.candidates.map((user) => (
                  <label key={user.id}>
                    <input
                      type="checkbox"
                      checked={assignees.includes(user.id)}
                      onChange={(e) =>
                        setAssignees(
                          e.target.checked
                            ? [...assignees, user.id]
                            : assignees.filter((a) => a !== user.id),
                        )
                      }
                    />
                    {user.name}
                  </label>
                ))}
              </fieldset>
            )}
            {changesLive(pending) && (
              <>
                <label htmlFor="hq-wf-at">定时执行（选填，留空即立即执行）</label>
                <input
                  id="hq-wf-at"
                  type="datetime-local"
                  value={at}
                  onChange={(e) => setAt(e.target.value)}
                />
              </>
            )}
            {problem && (
              <p className="hq-wf-error" role="alert">
                {problem}
              </p>
            )}
            {needsOverride && (
              <label className="hq-wf-override">
                <input
                  type="checkbox"
                  checked={override}
                  onChange={(e) => setOverride(e.target.checked)}
                />
                已核对内容检查结果，确认无误（将记入审计日志）
              </label>
            )}
            <div className="hq-wf-dialog__buttons">
              <Button
                buttonStyle="secondary"
                size="medium"
                margin={false}
                onClick={() => setPending(null)}
                disabled={busy}
              >
                取消
              </Button>
              <Button
                buttonStyle="primary"
                size="medium"
                margin={false}
                onClick={() => void confirm()}
                disabled={busy}
              >
                {at ? `定时${pending.label}` : `确认${pending.label}`}
              </Button>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}

const changesLive = (t: Transition) => isLiveKind(t.toKind)

/** Unpublishing is a transition too: Payload's own Unpublish button is not shown. */
export function NoUnpublishButton() {
  return null
}
