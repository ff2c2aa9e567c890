'use client'
// A finding in its context, the found text highlighted.
import type { ShownFinding } from './findingsStore.ts'

export function Excerpt({ finding }: { finding: Pick<ShownFinding, 'text' | 'found'> }) {
  const at = finding.text.indexOf(finding.found)
  if (at < 0) return <q>{finding.text}</q>
  return (
    <q className="hq-cs-excerpt">
      {finding.text.slice(0, at)}
      <mark>{finding.found}</mark>
      {finding.text.slice(at + finding.found.length)}
    </q>
  )
}
