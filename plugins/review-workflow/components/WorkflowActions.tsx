'use client'
// Replaces Payload's Publish button: the transitions open to the current user, as buttons; each opens the
// transition's dialog (TransitionDialog.tsx). While a publish or unpublish is scheduled, those steps wait for it.
import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { changesLive, TransitionDialog, type OpenTransition } from './TransitionDialog.tsx'
import { useWorkflow } from './useWorkflow.ts'

export function WorkflowActions() {
  const { id, view, error, transition } = useWorkflow()
  // The transition whose dialog is open, and how many times one was opened (a fresh dialog each time).
  const [pending, setPending] = useState<OpenTransition | null>(null)
  const [opened, setOpened] = useState(0)

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

  return (
    <div className="hq-wf-actions">
      <span
        className={`hq-wf-state hq-wf-state--${view.state?.stage ?? 'draft'}`}
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
              t.toStage === 'review' || t.toStage === 'published' ? 'primary' : 'secondary'
            }
            size="medium"
            margin={false}
            onClick={() => {
              setPending(t)
              setOpened(opened + 1)
            }}
          >
            {t.label}
          </Button>
        ))}
      {scheduled && view.transitions.some(changesLive) && (
        <span className="hq-wf-hint">已安排定时任务（见右侧“审核流程”），取消后才能立即执行</span>
      )}
      {pending && (
        <TransitionDialog
          key={opened}
          step={pending}
          fromLabel={view.state?.label}
          send={transition}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  )
}

/** Unpublishing is a transition too: Payload's own Unpublish button is not shown. */
export function NoUnpublishButton() {
  return null
}
