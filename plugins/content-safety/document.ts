// Checking a whole document: the texts of its fields (text, textarea, rich text, also inside groups, arrays,
// blocks, tabs, rows), each checked, each finding placed in its field. Findings an editor accepted as not
// an error on this document (suspected typos only, see `acceptable`) are marked and do not count.
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Field, PayloadRequest } from 'payload'
import { zhOf } from '../../cms/fields/label.ts'
import { isLexical } from '../../cms/lib/lexical.ts'
import type { Checker, Finding } from './checker.ts'
import { currentChecker } from './dictionary.ts'

export const ACCEPTANCES = 'safety-acceptances'

type FieldText = { path: string; label: string; text: string }
export type DocumentFinding = Finding & { field: string; fieldLabel: string; key: string; accepted: boolean }

/** Only suspected typos below block level can be accepted by an editor; everything else is for reviewers. */
export const acceptable = (finding: Pick<Finding, 'kind' | 'level'>) => finding.kind === 'typo' && finding.level !== 'block'

/** What identifies a finding across edits of the same document: its kind, the text as written and the suggestion. */
const findingKey = (finding: Pick<Finding, 'kind' | 'found' | 'suggestion'>) => `${finding.kind}:${finding.found}:${finding.suggestion ?? ''}`

const labelOf = (field: { label?: unknown; name?: string }): string => zhOf(field.label, field.name ?? '')

/** Plain text of a Lexical rich-text value (Payload's converter: blocks separated by blank lines). */
const plainText = (value: unknown): string => (isLexical(value) ? convertLexicalToPlaintext({ data: value }) : '')

/** The fields the check itself writes on a public form submission (submission.ts). */
export const FLAG = 'safetyFlag'
export const NOTES = 'safetyNotes'

/** Not content: the slug, the workflow's own fields, and what the check wrote. */
const SKIPPED = new Set(['slug', 'workflowState', 'workflowAssignees', 'workflowDueAt', FLAG, NOTES])

/** Every text of the document, with the field's path (as the admin form names it) and label. */
function textsOf(fields: Field[], data: Record<string, unknown> | undefined, prefix = '', labels: string[] = []): FieldText[] {
  const out: FieldText[] = []
  if (!data) return out
  for (const field of fields) {
    if ('hidden' in field && field.hidden) continue
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push(...textsOf(tab.fields, data[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`, [...labels, labelOf(tab as never)]))
        else out.push(...textsOf(tab.fields, data, prefix, labels))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...textsOf(field.fields, data, prefix, labels))
      continue
    }
    if (!('name' in field) || SKIPPED.has(field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const label = [...labels, labelOf(field)].join(' › ')
    if (field.type === 'text' || field.type === 'textarea') {
      if (typeof value === 'string' && value) out.push({ path, label, text: value })
    } else if (field.type === 'richText') {
      const text = plainText(value)
      if (text) out.push({ path, label, text })
    } else if (field.type === 'group') {
      out.push(...textsOf(field.fields, value as Record<string, unknown>, `${path}.`, [...labels, labelOf(field)]))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => out.push(...textsOf(field.fields, row as Record<string, unknown>, `${path}.${i}.`, [...labels, `${labelOf(field)} ${i + 1}`])))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
        if (block) out.push(...textsOf(block.fields, row as Record<string, unknown>, `${path}.${i}.`, [...labels, `${labelOf(field)} ${i + 1}`]))
      })
    }
  }
  return out
}

async function acceptedKeys(req: PayloadRequest, collection: string, id: string | undefined): Promise<Set<string>> {
  if (!id) return new Set()
  const { docs } = await req.payload.find({
    collection: ACCEPTANCES as 'safety-acceptances',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
    pagination: false, depth: 0, req, overrideAccess: true, select: { key: true } as never,
  })
  return new Set((docs as unknown as { key: string }[]).map((doc) => doc.key))
}

/** All findings of a document (as given: a saved version or the editor's unsaved form), each placed in its field. */
export async function checkDocument(req: PayloadRequest, collection: string, id: string | undefined, data: Record<string, unknown>): Promise<{ findings: DocumentFinding[]; version: string }> {
  const config = req.payload.collections[collection as 'articles']?.config
  if (!config) throw new Error(`content-safety：集合 ${collection} 不存在`)
  // One after the other: inside a transition both run on the transaction's one connection.
  const { checker, version } = await currentChecker(req)
  const accepted = await acceptedKeys(req, collection, id)
  const findings = findingsOf(checker, config.fields, data).map((finding) => ({ ...finding, accepted: acceptable(finding) && accepted.has(finding.key) }))
  return { findings, version }
}

/** The findings of every text of `data`, each placed in its field (none accepted yet). */
export function findingsOf(checker: Checker, fields: Field[], data: Record<string, unknown>): DocumentFinding[] {
  return textsOf(fields, data).flatMap(({ path, label, text }) => checker.check(text, 12).map((finding) => (
    { ...finding, field: path, fieldLabel: label, key: findingKey(finding), accepted: false }
  )))
}
