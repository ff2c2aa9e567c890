// Checking a whole document: the texts of its fields (text, textarea, rich text, also inside groups, arrays,
// blocks, tabs, rows), each checked, each finding placed in its field. Findings an editor accepted as not
// an error on this document (typos only, see ACCEPTABLE) are marked and do not count.
import type { Field, Payload, PayloadRequest } from 'payload'
import type { Checker, Finding } from './checker.ts'
import { currentChecker } from './dictionary.ts'

export const ACCEPTANCES = 'safety-acceptances'

export type FieldText = { path: string; label: string; text: string }
export type DocumentFinding = Finding & { field: string; fieldLabel: string; key: string; accepted: boolean }

/** Only suspected typos below block level can be accepted by an editor; everything else is for reviewers. */
export const acceptable = (finding: Pick<Finding, 'kind' | 'level'>) => finding.kind === 'typo' && finding.level !== 'block'

/** What identifies a finding across edits of the same document: its kind, the text as written and the suggestion. */
export const findingKey = (finding: Pick<Finding, 'kind' | 'found' | 'suggestion'>) => `${finding.kind}:${finding.found}:${finding.suggestion ?? ''}`

const labelOf = (field: { label?: unknown; name?: string }): string => {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, string>).zh ?? Object.values(label)[0] ?? field.name)
  return field.name ?? ''
}

/** Plain text of a Lexical rich-text value: one line per block. */
export function plainText(value: unknown): string {
  const lines: string[] = []
  const inline = (node: { text?: unknown; children?: unknown[] }): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map((child) => inline(child as never)).join('')
  const block = (node: { type?: string; children?: unknown[]; text?: unknown }) => {
    const children = (node.children ?? []) as { type?: string; children?: unknown[] }[]
    // Lists and quotes hold blocks; paragraphs and headings hold inline text.
    if (['list', 'listitem', 'root'].includes(node.type ?? '') && children.some((child) => child.children && child.type !== 'text' && child.type !== 'link')) {
      for (const child of children) block(child)
    } else lines.push(inline(node))
  }
  const root = (value as { root?: { children?: unknown[] } } | null)?.root
  for (const child of root?.children ?? []) block(child as never)
  return lines.join('\n')
}

const SKIPPED = new Set(['slug', 'workflowState', 'workflowAssignees', 'workflowDueAt'])

/** Every text of the document, with the field's path (as the admin form names it) and label. */
export function textsOf(fields: Field[], data: Record<string, unknown> | undefined, prefix = '', labels: string[] = []): FieldText[] {
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

export function checkTexts(checker: Checker, texts: FieldText[], accepted: Set<string>, context = 12): DocumentFinding[] {
  return texts.flatMap(({ path, label, text }) => checker.check(text, context).map((finding) => {
    const key = findingKey(finding)
    return { ...finding, field: path, fieldLabel: label, key, accepted: acceptable(finding) && accepted.has(key) }
  }))
}

export async function acceptedKeys(req: PayloadRequest, collection: string, id: string | undefined): Promise<Set<string>> {
  if (!id) return new Set()
  const { docs } = await req.payload.find({
    collection: ACCEPTANCES as 'safety-acceptances',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }] },
    pagination: false, depth: 0, req, overrideAccess: true, select: { key: true } as never,
  })
  return new Set((docs as unknown as { key: string }[]).map((doc) => doc.key))
}

/** All findings of a document (as given: a saved version or the editor's unsaved form). */
export async function checkDocument(req: PayloadRequest, collection: string, id: string | undefined, data: Record<string, unknown>): Promise<{ findings: DocumentFinding[]; version: string }> {
  const config = req.payload.collections[collection as 'articles']?.config
  if (!config) throw new Error(`content-safety：集合 ${collection} 不存在`)
  const { checker, version } = await currentChecker(req.payload)
  return { findings: checkTexts(checker, textsOf(config.fields, data), await acceptedKeys(req, collection, id)), version }
}

export type { Payload }
