// Taking documents through their review workflow over REST, as the demo staff would.
import { expect } from 'vitest'
import { restAs, type Rest } from './rest.ts'

export type WorkflowView = {
  workflow: { id: string; name: string } | null
  state: { key: string; label: string; stage: string } | null
  status: string
  version: string
  transitions: { key: string; label: string; to: string; commentRequired: boolean }[]
  schedules: { action: string; at: string; actor: string | null; comment: string | null }[]
  history: {
    action: string
    from: string
    to: string
    actor: string | null
    comment: string | null
    at: string
  }[]
}

export async function workflowView(
  rest: Rest,
  collection: string,
  id: string,
): Promise<WorkflowView> {
  const res = await rest.get(`/${collection}/${id}/workflow`)
  expect(res.status).toBe(200)
  return (await res.json()) as WorkflowView
}

/** A new draft article by the demo editor, in the column with slug `column` (政策法规 by default); its id. */
export async function draftArticle(
  title: string,
  fields: Record<string, unknown> = {},
  column = 'policy',
): Promise<string> {
  const editor = await restAs('editor@haiqiao.local')
  const columns = (await (
    await editor.get(`/columns?where[slug][equals]=${column}&limit=1`)
  ).json()) as { docs: { id: string }[] }
  const res = await editor.post('/articles', { title, column: columns.docs[0]!.id, ...fields })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: { id: string } }).doc.id
}

/** One transition at the document's current version, as the given staff member. */
export async function transition(
  rest: Rest,
  collection: string,
  id: string,
  key: string,
  comment?: string,
): Promise<Response> {
  const { version } = await workflowView(rest, collection, id)
  return rest.post(`/${collection}/${id}/transition`, { transition: key, version, comment })
}

/** The default workflows' path to 已发布, step by step: who takes which transition. */
const PATHS: Record<string, [string, string][]> = {
  三审三校: [
    ['editor', 'submit'],
    ['reviewer', 'pass-first'],
    ['reviewer2', 'pass-second'],
    ['approver', 'approve'],
  ],
  风险提示审核: [
    ['editor', 'submit'],
    ['reviewer', 'to-final'],
    ['approver', 'approve'],
  ],
  一审发布: [
    ['editor', 'submit'],
    ['reviewer', 'publish'],
  ],
}

/** Takes a document from draft to published through its collection's default workflow. */
export async function publishThroughReview(collection: string, id: string): Promise<void> {
  const editor = await restAs('editor@haiqiao.local')
  const { workflow } = await workflowView(editor, collection, id)
  for (const [who, key] of PATHS[workflow!.name]!) {
    const res = await transition(await restAs(`${who}@haiqiao.local`), collection, id, key)
    expect(res.status, `${who} ${key}: ${await res.clone().text()}`).toBe(200)
  }
}

/** Takes a published document offline through the 撤销发布 transition. */
export async function unpublishThroughReview(
  collection: string,
  id: string,
  comment = '内容需要更新，暂时撤下。',
): Promise<void> {
  const res = await transition(
    await restAs('approver@haiqiao.local'),
    collection,
    id,
    'unpublish',
    comment,
  )
  expect(res.status, await res.clone().text()).toBe(200)
}
