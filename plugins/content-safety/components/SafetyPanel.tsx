'use client'
// Sidebar panel: runs the content check on the form as it is being edited (a moment after each change,
// and after each save), shows the findings by field, and lets the editor mark a suspected typo as not an
// error on this document (remembered). Block-level findings stop submission and publication.
import { useAllFormFields, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Excerpt } from './Excerpt.tsx'
import { publish, useFindings, type ShownFinding } from './findingsStore.ts'
import { acceptable, FINDING_LEVEL } from '../engine/terms.ts'

const DELAY_MS = 800

export function SafetyPanel() {
  const [fields] = useAllFormFields()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const { findings, checking, error } = useFindings()
  const [problem, setProblem] = useState<string | null>(null)
  const latest = useRef(0)

  const run = useCallback(
    async (data: Record<string, unknown>) => {
      const ticket = ++latest.current
      publish({ checking: true })
      try {
        const res = await fetch(`${api}/content-safety/check-document`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            collection: collectionSlug,
            id: id ? String(id) : undefined,
            data,
          }),
        })
        const body = await res.json().catch(() => null)
        if (ticket !== latest.current) return
        if (res.ok)
          publish({ findings: body.findings as ShownFinding[], checking: false, error: null })
        else
          publish({
            checking: false,
            error: body?.error?.message ?? `内容检查失败（${res.status}）`,
          })
      } catch {
        if (ticket === latest.current) publish({ checking: false, error: '内容检查暂时不可用' })
      }
    },
    [api, collectionSlug, id],
  )

  const data = JSON.stringify(reduceFieldsToValues(fields, true))
  useEffect(() => {
    publish({ checking: true })
    const timer = setTimeout(() => void run(JSON.parse(data) as Record<string, unknown>), DELAY_MS)
    return () => clearTimeout(timer)
  }, [data, run, lastUpdateTime])
  useEffect(() => () => publish({ findings: [], checking: true }), [])

  const accept = async (finding: ShownFinding) => {
    setProblem(null)
    const res = await fetch(`${api}/content-safety/accept`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id: String(id), key: finding.key }),
    })
    if (res.ok) await run(JSON.parse(data) as Record<string, unknown>)
    else
      setProblem(
        ((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error
          ?.message ?? '确认失败',
      )
  }

  const open = findings.filter((finding) => !finding.accepted)
  const count = (level: ShownFinding['level']) =>
    open.filter((finding) => finding.level === level).length
  const accepted = findings.length - open.length
  return (
    <section className="hq-cs-panel" aria-label="内容检查" aria-busy={checking}>
      <h4>内容检查</h4>
      {error && (
        <p className="hq-wf-error" role="alert">
          {error}
        </p>
      )}
      {!error && open.length === 0 && (
        <p className="hq-cs-ok">{checking ? '正在检查……' : '未发现敏感词、错别字或个人信息'}</p>
      )}
      {open.length > 0 && (
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
      )}
      {problem && (
        <p className="hq-wf-error" role="alert">
          {problem}
        </p>
      )}
      <ol className="hq-cs-list">
        {open.map((finding, index) => (
          <li key={index} className={`hq-cs-finding hq-cs-finding--${finding.level}`}>
            <span className="hq-cs-level">{FINDING_LEVEL[finding.level]}</span> {finding.fieldLabel}{' '}
            第 {finding.offset + 1} 字<div>{finding.message}</div>
            <Excerpt finding={finding} />
            {acceptable(finding) && id && (
              <button type="button" className="hq-login__link" onClick={() => void accept(finding)}>
                不是错误（本文档不再提示）
              </button>
            )}
          </li>
        ))}
      </ol>
      {accepted > 0 && <p className="hq-wf-hint">已确认不是错误 {accepted} 处</p>}
    </section>
  )
}
