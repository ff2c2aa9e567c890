'use client'
// The review queue as a table (GET /api/workflow-queue).
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import { useEffect, useState } from 'react'

type Item = {
  collection: string
  id: string
  title: string
  stateLabel: string
  waitingSince: string
  ageHours: number
  dueAt: string | null
  overdue: boolean
  assigned: boolean
  transitions: { key: string; label: string }[]
}

const age = (hours: number) =>
  hours < 1 ? '不到 1 小时' : hours < 48 ? `${hours} 小时` : `${Math.floor(hours / 24)} 天`
const time = (iso: string) =>
  formatBeijingTime(iso, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

/** The caller's queue: the items, or the Chinese message of why it could not be read. */
function useReviewQueue() {
  const { config } = useConfig()
  const [items, setItems] = useState<Item[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void (async () => {
      const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/workflow-queue`, {
        credentials: 'include',
      })
      const body = await res.json()
      if (res.ok) setItems(body.docs as Item[])
      else setError(body?.error?.message ?? '无法读取待办')
    })()
  }, [config.routes.api, config.serverURL])
  return { items, error }
}

function QueueRow(props: { item: Item; adminRoute: string; collectionLabel: string }) {
  const { item, adminRoute } = props
  return (
    <tr className={item.overdue ? 'hq-wf-queue__overdue' : undefined}>
      <td>
        <Link href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</Link>
        {item.assigned && <span className="hq-wf-tag">指定给我</span>}
      </td>
      <td>{props.collectionLabel}</td>
      <td>{item.stateLabel}</td>
      <td>{age(item.ageHours)}</td>
      <td>{item.dueAt ? `${time(item.dueAt)}${item.overdue ? '（已超时）' : ''}` : '—'}</td>
      <td>{item.transitions.map((t) => t.label).join('、') || '—'}</td>
    </tr>
  )
}

export function ReviewQueueTable() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { items, error } = useReviewQueue()
  const singularLabel = (slug: string) => {
    const singular = config.collections.find((c) => c.slug === slug)?.labels?.singular
    return singular ? getTranslation(singular, i18n) : slug
  }
  if (error)
    return (
      <p className="hq-wf-error" role="alert">
        {error}
      </p>
    )
  if (!items) return <p>正在读取…</p>
  if (!items.length) return <p>没有等待您办理的文档。</p>
  return (
    <table className="hq-wf-queue">
      <thead>
        <tr>
          <th scope="col">标题</th>
          <th scope="col">类型</th>
          <th scope="col">状态</th>
          <th scope="col">已等待</th>
          <th scope="col">办理时限</th>
          <th scope="col">可办理</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <QueueRow
            key={`${item.collection}-${item.id}`}
            item={item}
            adminRoute={config.routes.admin}
            collectionLabel={singularLabel(item.collection)}
          />
        ))}
      </tbody>
    </table>
  )
}
