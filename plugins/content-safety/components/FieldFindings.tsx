'use client'
// Under a text field: the content check's findings in this field, with the position and the found text
// highlighted in its context.
import { useFindings } from './findingsStore.ts'
import { FINDING_LEVEL } from '../engine/terms.ts'
import { Excerpt } from './Excerpt.tsx'

export function FieldFindings({ path }: { path?: string }) {
  const { findings } = useFindings()
  const mine = findings.filter((finding) => finding.field === path && !finding.accepted)
  if (!mine.length) return null
  return (
    <ul className="hq-cs-field" aria-label="内容检查结果">
      {mine.map((finding, index) => (
        <li key={index} className={`hq-cs-finding hq-cs-finding--${finding.level}`}>
          <span className="hq-cs-level">{FINDING_LEVEL[finding.level]}</span>
          <span>
            第 {finding.offset + 1} 字：{finding.message}
            {finding.confidence ? `（置信度 ${Math.round(finding.confidence * 100)}%）` : ''}
          </span>
          <Excerpt finding={finding} />
        </li>
      ))}
    </ul>
  )
}
