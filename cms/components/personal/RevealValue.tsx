'use client'
// Under a personal-data field (masked everywhere): the clear value on request, for someone allowed to see it
// and with the purpose stated — the server checks both and writes the read to the audit log
// (lib/personal/personalData.ts). The value is shown here only, never put into the form.
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Shown = { ok: boolean; text: string }

type DocumentAnswer = Record<string, unknown> & {
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
}

/** Asks the document's API for the clear value of `path` with the stated purpose; the line to show. */
async function readClearValue(documentUrl: string, path: string, purpose: string): Promise<Shown> {
  const query = new URLSearchParams({ reveal: path, purpose, depth: '0' })
  const res = await fetch(`${documentUrl}?${query}`, { credentials: 'include' })
  const body = (await res.json().catch(() => null)) as DocumentAnswer | null
  if (res.ok)
    return { ok: true, text: `${String(body?.[path] ?? '（空）')}（本次查看已记入审计日志）` }
  return {
    ok: false,
    text:
      res.status === 403
        ? '您无权查看明文'
        : (body?.errors?.[0]?.data?.errors?.[0]?.message ??
          body?.errors?.[0]?.message ??
          `查看失败（${res.status}）`),
  }
}

export function RevealValue({ path }: { path?: string }) {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const [asking, setAsking] = useState(false)
  const [purpose, setPurpose] = useState('')
  const [shown, setShown] = useState<Shown | null>(null)
  if (!id || !collectionSlug || !path) return null

  const reveal = async () => {
    if (!purpose.trim()) return setShown({ ok: false, text: '请先写明查看用途，如“电话回复咨询”' })
    const documentUrl = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`
    setShown(await readClearValue(documentUrl, path, purpose.trim()))
  }

  return (
    <div className="hq-reveal">
      {!asking ? (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setAsking(true)}>
          查看明文
        </Button>
      ) : (
        <>
          <label>
            查看用途
            <input
              value={purpose}
              onChange={(e) => setPurpose(e.target.value)}
              maxLength={200}
              placeholder="如：电话回复咨询"
            />
          </label>
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void reveal()}>
            确认查看
          </Button>
        </>
      )}
      {shown && (
        <p className={shown.ok ? 'hq-cs-ok' : 'hq-wf-error'} role={shown.ok ? 'status' : 'alert'}>
          {shown.text}
        </p>
      )}
    </div>
  )
}
