'use client'
// Sidebar panel of a governed document: workflow, state, due time, and the history of transitions (who,
// when, with what comment), with a link to the diff of the latest version against the published one.
import Link from 'next/link'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import { useState } from 'react'
import { useWorkflow, type WorkflowView } from './useWorkflow.ts'

const time = (iso: string) =>
  formatBeijingTime(iso, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })

function Schedules(props: { schedules: WorkflowView['schedules']; onCancel: () => void }) {
  return props.schedules.map((entry, index) => (
    <div key={index} className="hq-wf-schedule">
      <p>
        定时任务：<strong>{entry.action}</strong>，{time(entry.at)} 执行（
        {entry.actor ?? '系统'} 安排）
      </p>
      <button type="button" className="hq-login__link" onClick={props.onCancel}>
        取消定时
      </button>
    </div>
  ))
}

function History({ history }: { history: WorkflowView['history'] }) {
  return (
    <>
      {history.length === 0 && <p className="hq-wf-hint">尚无流转记录</p>}
      <ol className="hq-wf-history">
        {history.map((entry, index) => (
          <li key={index}>
            <span className="hq-wf-history__when">{time(entry.at)}</span>
            <span>
              <strong>{entry.actor ?? '系统'}</strong> {entry.action} → {entry.toLabel}
            </span>
            {entry.comment && <q>{entry.comment}</q>}
          </li>
        ))}
      </ol>
    </>
  )
}

/** The diff against the published version when there is one, else the list of versions. */
function VersionsLink(props: { documentPath: string; compare: WorkflowView['compare'] }) {
  const { documentPath, compare } = props
  return compare ? (
    <Link href={`${documentPath}/versions/${compare.to}?versionFrom=${compare.from}`}>
      与已发布版本对比修改内容
    </Link>
  ) : (
    <Link href={`${documentPath}/versions`}>查看历史版本</Link>
  )
}

export function WorkflowPanel() {
  const { id, collectionSlug, view, adminRoute, cancelSchedule } = useWorkflow()
  const [problem, setProblem] = useState<string | null>(null)
  if (!id || !view?.workflow) return null
  const cancel = async () => {
    const failure = await cancelSchedule()
    if (failure) setProblem(failure.message)
    else window.location.reload()
  }
  const overdue = view.dueAt !== null && Date.parse(view.dueAt) < Date.now()
  return (
    <section className="hq-wf-panel" aria-label="审核流程">
      <h4>审核流程 · {view.workflow.name}</h4>
      <p>
        当前状态：<strong>{view.state?.label}</strong>
      </p>
      {view.dueAt && (
        <p className={overdue ? 'hq-wf-error' : undefined}>
          办理时限：{time(view.dueAt)}
          {overdue ? '（已超时）' : ''}
        </p>
      )}
      <Schedules schedules={view.schedules} onCancel={() => void cancel()} />
      {problem && (
        <p className="hq-wf-error" role="alert">
          {problem}
        </p>
      )}
      <History history={view.history} />
      <VersionsLink
        documentPath={`${adminRoute}/collections/${collectionSlug}/${id}`}
        compare={view.compare}
      />
    </section>
  )
}

/** The stored state and due time are shown in the panel above, not as raw form fields. */
export function ShownInPanel() {
  return null
}
