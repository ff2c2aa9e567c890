'use client'
// Above the rescan reports: ask for a round now (the job runner starts it within a minute).
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

export function RescanNow() {
  const { config } = useConfig()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const request = async () => {
    setBusy(true)
    const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/content-safety/rescan`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = await res.json().catch(() => null)
    setBusy(false)
    setMessage(
      res.ok
        ? { ok: true, text: body.message }
        : { ok: false, text: body?.error?.message ?? `发起失败（${res.status}）` },
    )
  }

  return (
    <div className="hq-cs-transfer">
      <Button
        buttonStyle="primary"
        size="small"
        margin={false}
        disabled={busy}
        onClick={() => void request()}
      >
        立即巡检
      </Button>
      <span>用当前词库重新检查全部已发布内容。</span>
      {message && (
        <p
          className={message.ok ? 'hq-cs-ok' : 'hq-wf-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </div>
  )
}
