'use client'
// The document's workflow view (GET /api/<collection>/:id/workflow), refetched whenever the document is saved.
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type WorkflowView = {
  workflow: { id: string; name: string } | null
  state: { key: string; label: string; stage: string } | null
  status: string
  version: string
  dueAt: string | null
  /** Version ids for the diff of the latest version against the published one, when they differ. */
  compare: { from: string; to: string } | null
  transitions: {
    key: string
    label: string
    to: string
    toLabel?: string
    toStage?: string
    commentRequired: boolean
    candidates: { id: string; name: string }[]
  }[]
  schedules: { action: string; at: string; actor: string | null; comment: string | null }[]
  history: {
    at: string
    action: string
    from: string
    to: string
    toLabel: string
    actor: string | null
    comment: string | null
  }[]
}

export type Refusal = { message: string; code: string }

/** Posts JSON to one of the document's workflow endpoints; resolves to null, or the refusal. */
async function postTo(url: string, body: unknown): Promise<Refusal | null> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.ok) return null
  const answer = await res.json().catch(() => null)
  return {
    message: answer?.error?.message ?? `操作失败（${res.status}）`,
    code: answer?.error?.code ?? 'refused',
  }
}

/** The document's workflow view, read again whenever the document is saved (`lastUpdateTime`). */
function useWorkflowView(documentApi: string | null, lastUpdateTime: unknown) {
  const [view, setView] = useState<WorkflowView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    if (!documentApi) return
    const res = await fetch(`${documentApi}/workflow`, { credentials: 'include' })
    const body = await res.json()
    if (res.ok) {
      setView(body as WorkflowView)
      setError(null)
    } else {
      setError(body?.error?.message ?? '无法读取审核状态')
    }
  }, [documentApi])
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])
  return { view, error }
}

export function useWorkflow() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const documentApi =
    id && collectionSlug
      ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`
      : null
  const { view, error } = useWorkflowView(documentApi, lastUpdateTime)

  /**
   * Takes a transition now, or at `at` (a publishing one), assigning the next step to `assignees`; `override`
   * confirms findings of the content check that need a reviewer's sign-off.
   */
  const transition = useCallback(
    async (
      key: string,
      comment: string,
      at?: string,
      assignees?: string[],
      override?: boolean,
    ): Promise<Refusal | null> => {
      if (!view) return { message: '审核状态尚未读取', code: 'not_loaded' }
      return postTo(`${documentApi}/transition`, {
        transition: key,
        version: view.version,
        comment: comment || undefined,
        at,
        assignees: assignees?.length ? assignees : undefined,
        override: override || undefined,
      })
    },
    [documentApi, view],
  )

  const cancelSchedule = useCallback(
    () => postTo(`${documentApi}/schedule/cancel`, {}),
    [documentApi],
  )

  return {
    id,
    collectionSlug,
    view,
    error,
    transition,
    cancelSchedule,
    adminRoute: config.routes.admin,
  }
}
