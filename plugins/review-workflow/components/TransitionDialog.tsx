'use client'
// The dialog of one transition: a comment (required where the workflow says so), optionally who handles the
// next step and a time to publish or unpublish at, and the confirmation the host's content check may ask for.
// Sent with the version the user is looking at.
import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { isLiveStage } from '../lib/definition.ts'
import type { Refusal, WorkflowView } from './useWorkflow.ts'

export type OpenTransition = WorkflowView['transitions'][number]

export const changesLive = (t: OpenTransition) => isLiveStage(t.toStage)

type Send = (
  key: string,
  comment: string,
  at?: string,
  assignees?: string[],
  override?: boolean,
) => Promise<Refusal | null>

/** The dialog's fields and the confirmation that sends them. */
function useTransitionForm(step: OpenTransition, send: Send) {
  const [comment, setComment] = useState('')
  const [at, setAt] = useState('')
  const [assignees, setAssignees] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  // The host's check asked for an explicit confirmation (content_review); the reviewer gives it here.
  const [needsOverride, setNeedsOverride] = useState(false)
  const [override, setOverride] = useState(false)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    if (step.commentRequired && !comment.trim()) {
      setProblem(`执行“${step.label}”必须填写意见`)
      return
    }
    setBusy(true)
    // datetime-local has no zone: it is the user's local time.
    const when = at ? new Date(at).toISOString() : undefined
    const failure = await send(step.key, comment.trim(), when, assignees, override)
    setBusy(false)
    if (!failure) return window.location.reload()
    setProblem(failure.message)
    if (failure.code === 'content_review') setNeedsOverride(true)
  }
  return {
    comment,
    setComment,
    at,
    setAt,
    assignees,
    setAssignees,
    problem,
    needsOverride,
    override,
    setOverride,
    busy,
    confirm,
  }
}

function AssigneePicker(props: {
  step: OpenTransition
  assignees: string[]
  onChange: (assignees: string[]) => void
}) {
  const { step, assignees, onChange } = props
  return (
    <fieldset className="hq-wf-assignees">
      <legend>指定处理人（选填；不指定则通知所有可办理“{step.toLabel ?? step.to}”的人员）</legend>
      {step.candidates.map((user) => (
        <label key={user.id}>
          <input
            type="checkbox"
            checked={assignees.includes(user.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...assignees, user.id] : assignees.filter((a) => a !== user.id),
              )
            }
          />
          {user.name}
        </label>
      ))}
    </fieldset>
  )
}

function ScheduleInput({ at, onChange }: { at: string; onChange: (at: string) => void }) {
  return (
    <>
      <label htmlFor="hq-wf-at">定时执行（选填，留空即立即执行）</label>
      <input
        id="hq-wf-at"
        type="datetime-local"
        value={at}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  )
}

function OverrideConfirmation(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="hq-wf-override">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      已核对内容检查结果，确认无误（将记入审计日志）
    </label>
  )
}

function DialogButtons(props: {
  confirmLabel: string
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}) {
  return (
    <div className="hq-wf-dialog__buttons">
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        onClick={props.onCancel}
        disabled={props.busy}
      >
        取消
      </Button>
      <Button
        buttonStyle="primary"
        size="medium"
        margin={false}
        onClick={props.onConfirm}
        disabled={props.busy}
      >
        {props.confirmLabel}
      </Button>
    </div>
  )
}

export function TransitionDialog(props: {
  step: OpenTransition
  fromLabel: string | undefined
  send: Send
  onCancel: () => void
}) {
  const { step, fromLabel, onCancel } = props
  const form = useTransitionForm(step, props.send)
  return (
    <div
      className="hq-wf-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="hq-wf-dialog-title"
    >
      <div className="hq-wf-dialog__panel">
        <h3 id="hq-wf-dialog-title">{step.label}</h3>
        <p>
          状态将从“{fromLabel}”变为“{step.toLabel ?? step.to}”。
        </p>
        <label htmlFor="hq-wf-comment">意见{step.commentRequired ? '（必填）' : '（选填）'}</label>
        <textarea
          id="hq-wf-comment"
          rows={4}
          maxLength={2000}
          value={form.comment}
          onChange={(e) => form.setComment(e.target.value)}
          autoFocus
        />
        {step.candidates.length > 0 && (
          <AssigneePicker step={step} assignees={form.assignees} onChange={form.setAssignees} />
        )}
        {changesLive(step) && <ScheduleInput at={form.at} onChange={form.setAt} />}
        {form.problem && (
          <p className="hq-wf-error" role="alert">
            {form.problem}
          </p>
        )}
        {form.needsOverride && (
          <OverrideConfirmation checked={form.override} onChange={form.setOverride} />
        )}
        <DialogButtons
          confirmLabel={form.at ? `定时${step.label}` : `确认${step.label}`}
          busy={form.busy}
          onCancel={onCancel}
          onConfirm={() => void form.confirm()}
        />
      </div>
    </div>
  )
}
