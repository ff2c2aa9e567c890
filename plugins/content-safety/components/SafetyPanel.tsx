'use client'
// Sidebar panel: runs the content check on the form as it is being edited (useDocumentCheck.ts), shows the
// findings by field, and lets the editor mark a suspected typo as not an error on this document
// (remembered). Block-level findings stop submission and publication.
import { useState } from 'react'
import { Excerpt } from './Excerpt.tsx'
import { useFindings, type ShownFinding } from './findingsStore.ts'
import { useDocumentCheck } from './useDocumentCheck.ts'
import { acceptable, FINDING_LEVEL } from '../engine/terms.ts'

/** How many open findings of each level, the block-level ones with what they stop. */
function Summary({ open }: { open: ShownFinding[] }) {
  const count = (level: ShownFinding['level']) =>
    open.filter((finding) => finding.level === level).length
  return (
    <p className="hq-cs-summary">
      {count('block') > 0 && (
        <span className="hq-cs-finding--block">
          禁止 {count('block')} 处（须修改后才能提交和发布）
        </span>
      )}
      {count('review') > 0 && (
        <span className="hq-cs-finding--review">须审核确认 {count('review')} 处</span>
      )}
      {count('notice') > 0 && (
        <span className="hq-cs-finding--notice">提示 {count('notice')} 处</span>
      )}
    </p>
  )
}

/** One finding; `onAccept` when the editor may mark it as no error here. */
function FindingItem(props: { finding: ShownFinding; onAccept?: () => void }) {
  const { finding, onAccept } = props
  return (
    <li className={`hq-cs-finding hq-cs-finding--${finding.level}`}>
      <span className="hq-cs-level">{FINDING_LEVEL[finding.level]}</span> {finding.fieldLabel} 第{' '}
      {finding.offset + 1} 字<div>{finding.message}</div>
      <Excerpt finding={finding} />
      {onAccept && (
        <button type="button" className="hq-login__link" onClick={onAccept}>
          不是错误（本文档不再提示）
        </button>
      )}
    </li>
  )
}

const Alert = ({ text }: { text: string }) => (
  <p className="hq-wf-error" role="alert">
    {text}
  </p>
)

export function SafetyPanel() {
  const { api, id, collectionSlug, recheck } = useDocumentCheck()
  const { findings, checking, error } = useFindings()
  const [problem, setProblem] = useState<string | null>(null)

  const accept = async (finding: ShownFinding) => {
    setProblem(null)
    const res = await fetch(`${api}/content-safety/accept`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id: String(id), key: finding.key }),
    })
    if (res.ok) await recheck()
    else
      setProblem(
        ((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error
          ?.message ?? '确认失败',
      )
  }

  const open = findings.filter((finding) => !finding.accepted)
  const accepted = findings.length - open.length
  return (
    <section className="hq-cs-panel" aria-label="内容检查" aria-busy={checking}>
      <h4>内容检查</h4>
      {error && <Alert text={error} />}
      {!error && open.length === 0 && (
        <p className="hq-cs-ok">{checking ? '正在检查……' : '未发现敏感词、错别字或个人信息'}</p>
      )}
      {open.length > 0 && <Summary open={open} />}
      {problem && <Alert text={problem} />}
      <ol className="hq-cs-list">
        {open.map((finding, index) => (
          <FindingItem
            key={index}
            finding={finding}
            onAccept={acceptable(finding) && id ? () => void accept(finding) : undefined}
          />
        ))}
      </ol>
      {accepted > 0 && <p className="hq-wf-hint">已确认不是错误 {accepted} 处</p>}
    </section>
  )
}
