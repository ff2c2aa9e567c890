// Checking a whole document: the texts of its fields (text, textarea, rich text, also inside groups, arrays,
// blocks, tabs, rows), each checked, each finding placed in its field. Findings an editor accepted as not
// an error on this document (suspected typos only, see `acceptable`) are marked and do not count.
import type { Field, PayloadRequest } from 'payload'
import { ACCEPTANCES } from '../collections/acceptances.ts'
import { attachmentTexts, unreadFinding, type AttachmentText } from './attachments.ts'
import type { CompiledDictionary, Finding } from '../engine/index.ts'
import { currentChecker } from './dictionary.ts'
import { acceptable } from '../engine/terms.ts'
import { textsOf } from './fieldTexts.ts'
import type { DocumentFinding } from '../types.ts'

export type { DocumentFinding }

/** What identifies a finding across edits of the same document: its rule, the text as written and the suggestion. */
const findingKey = (finding: Pick<Finding, 'rule' | 'found' | 'suggestion'>) =>
  `${finding.rule}:${finding.found}:${finding.suggestion ?? ''}`

/** The findings editors accepted on documents of a collection (one document, or all of them): keys by document id. */
export async function acceptances(
  req: PayloadRequest,
  collection: string,
  id?: string,
): Promise<Map<string, Set<string>>> {
  const { docs } = await req.payload.find({
    collection: ACCEPTANCES as 'safety-acceptances',
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        ...(id ? [{ documentId: { equals: id } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { documentId: true, key: true } as never,
  })
  const byDocument = new Map<string, Set<string>>()
  for (const { documentId, key } of docs as unknown as { documentId: string; key: string }[]) {
    const keys = byDocument.get(documentId)
    if (keys) keys.add(key)
    else byDocument.set(documentId, new Set([key]))
  }
  return byDocument
}

/** Findings of a document marked as accepted where an editor accepted them (`accepted`: that document's keys). */
export const markAccepted = (
  findings: DocumentFinding[],
  accepted: Set<string> | undefined,
): DocumentFinding[] =>
  findings.map((finding) => ({
    ...finding,
    accepted: acceptable(finding) && Boolean(accepted?.has(finding.key)),
  }))

/** All findings of a document (as given: a saved version or the editor's unsaved form), each placed in its field. */
export async function checkDocument(
  req: PayloadRequest,
  collection: string,
  id: string | undefined,
  data: Record<string, unknown>,
): Promise<{ findings: DocumentFinding[]; version: string }> {
  const config = req.payload.collections[collection as 'articles']?.config
  if (!config) throw new Error(`content-safety：集合 ${collection} 不存在`)
  // One after the other: inside a transition both run on the transaction's one connection.
  const { checker, version } = await currentChecker(req)
  const accepted = id ? (await acceptances(req, collection, id)).get(id) : undefined
  const attachments = await attachmentTexts(req, config.fields, data)
  return {
    findings: markAccepted(findingsOf(checker, config.fields, data, attachments), accepted),
    version,
  }
}

/** The findings of every text of `data` and of its attached files, each placed in its field (none accepted yet). */
export function findingsOf(
  checker: CompiledDictionary,
  fields: Field[],
  data: Record<string, unknown>,
  attachments: AttachmentText[] = [],
): DocumentFinding[] {
  const placed =
    (path: string, label: string) =>
    (finding: Finding): DocumentFinding => ({
      ...finding,
      field: path,
      fieldLabel: label,
      key: findingKey(finding),
      accepted: false,
    })
  return [
    ...textsOf(fields, data).flatMap(({ path, label, text }) =>
      checker.check(text, 12).map(placed(path, label)),
    ),
    ...attachments.flatMap((file) => {
      const unread = unreadFinding(file)
      return [...(unread ? [unread] : []), ...checker.check(file.text, 12)].map(
        placed(file.path, file.label),
      )
    }),
  ]
}
