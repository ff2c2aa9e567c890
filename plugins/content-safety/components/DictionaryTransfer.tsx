'use client'
// Above the dictionary list: import a txt/csv/xlsx file (checked as a whole; any bad line refuses it) and
// export the dictionary.
import { Button, useConfig } from '@payloadcms/ui'
import { useRef, useState } from 'react'
import { LIST_TYPE_NAMES } from '../engine/terms.ts'

type Message = { ok: boolean; text: string }

/** Sends the file to POST /api/content-safety/import (base64); the outcome as a message for the editor. */
async function importFile(api: string, chosen: File, listType: string): Promise<Message> {
  const bytes = new Uint8Array(await chosen.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  const res = await fetch(`${api}/content-safety/import`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ filename: chosen.name, content: btoa(binary), listType }),
  })
  const body = await res.json().catch(() => null)
  if (!res.ok) return { ok: false, text: body?.error?.message ?? `导入失败（${res.status}）` }
  return {
    ok: true,
    text: `导入完成：新增 ${body.created} 条，更新 ${body.updated} 条，未变 ${body.unchanged} 条`,
  }
}

const ExportLinks = ({ api }: { api: string }) => (
  <span className="hq-cs-export">
    导出：
    {(['xlsx', 'csv', 'txt'] as const).map((format) => (
      <a key={format} href={`${api}/content-safety/export?format=${format}`}>
        {format}
      </a>
    ))}
  </span>
)

export function DictionaryTransfer() {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const file = useRef<HTMLInputElement>(null)
  const [listType, setListType] = useState('word')
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)

  const upload = async () => {
    const chosen = file.current?.files?.[0]
    if (!chosen) return setMessage({ ok: false, text: '请先选择 .txt、.csv 或 .xlsx 文件' })
    setBusy(true)
    const outcome = await importFile(api, chosen, listType)
    setBusy(false)
    setMessage(outcome)
    if (outcome.ok) setTimeout(() => window.location.reload(), 1500)
  }

  return (
    <div className="hq-cs-transfer">
      <label>
        导入词库文件（txt / csv /
        xlsx；列：词语、类型、类别、级别、建议替换、说明、来源、拼音、同音）
        <input ref={file} type="file" accept=".txt,.csv,.xlsx" />
      </label>
      <label>
        未写类型的词条按
        <select value={listType} onChange={(e) => setListType(e.target.value)}>
          {Object.entries(LIST_TYPE_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <Button
        buttonStyle="primary"
        size="small"
        margin={false}
        disabled={busy}
        onClick={() => void upload()}
      >
        {busy ? '正在导入……' : '导入'}
      </Button>
      <ExportLinks api={api} />
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
