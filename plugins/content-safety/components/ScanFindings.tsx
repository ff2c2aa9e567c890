'use client'
// The findings of one rescan round, as a table: new ones first, each linked to its document.
import { useConfig, useFormFields } from '@payloadcms/ui'
import { FINDING_LEVEL, type Level } from '../engine/terms.ts'
import { Excerpt } from './Excerpt.tsx'

type Row = {
  collection: string
  collectionLabel: string
  id: string
  title: string
  field: string
  fieldLabel: string
  level: Level
  found: string
  text: string
  offset: number
  message: string
  isNew: boolean
}

export function ScanFindings() {
  const { config } = useConfig()
  const findings = useFormFields(([fields]) => fields.findings?.value) as Row[] | undefined
  const total = useFormFields(([fields]) => fields.total?.value) as number | undefined
  if (!findings) return null
  if (!findings.length) return <p className="hq-cs-ok">已发布内容中没有发现问题。</p>
  return (
    <div className="hq-cs-report">
      <h4>
        发现的问题
        {total && total > findings.length ? `（共 ${total} 处，列出前 ${findings.length} 处）` : ''}
      </h4>
      <table>
        <thead>
          <tr>
            <th>级别</th>
            <th>内容</th>
            <th>位置</th>
            <th>原文</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((row, i) => (
            <tr key={i} className={`hq-cs-finding--${row.level}`}>
              <td>
                {row.isNew && <strong className="hq-cs-new">新增 </strong>}
                {FINDING_LEVEL[row.level]}
              </td>
              <td>
                {row.collectionLabel} ›{' '}
                <a href={`${config.routes.admin}/collections/${row.collection}/${row.id}`}>
                  {row.title}
                </a>
              </td>
              <td>
                “{row.fieldLabel}”第 {row.offset + 1} 字
              </td>
              <td className="hq-cs-finding">
                <Excerpt finding={row} />
              </td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
