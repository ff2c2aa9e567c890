'use client'
// The content check of the form being edited: run a moment after each change and after each save, its
// result published to the findings store (findingsStore.ts) for the panel and the fields. Only the latest
// run's answer is shown.
import { useAllFormFields, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useRef } from 'react'
import { publish, type ShownFinding } from './findingsStore.ts'

const DELAY_MS = 800

/** `api`: the REST base URL; `recheck()` runs the check again now (e.g. after a finding was accepted). */
export function useDocumentCheck() {
  const [fields] = useAllFormFields()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
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

  const recheck = () => run(JSON.parse(data) as Record<string, unknown>)
  return { api, id, collectionSlug, recheck }
}
