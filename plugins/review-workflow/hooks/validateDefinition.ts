// A workflow definition is saved only when it is sound, no collection ends up with two workflows, the users
// it names may act, and no document is left in a state that no longer exists (the admin moves them first:
// POST /api/workflows/:id/move-documents).
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { WORKFLOWS } from '../collections/slugs.ts'
import { definitionProblems, type Workflow } from '../lib/definition.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'

const asWorkflow = (data: Partial<Workflow> & Record<string, unknown>): Workflow => ({
  id: String(data.id ?? ''),
  name: String(data.name ?? ''),
  collections: (data.collections as string[] | undefined) ?? [],
  states: (data.states ?? []).map(({ key, label, stage }) => ({ key, label, stage })),
  transitions: (data.transitions ?? []).map((t) => ({ ...t, from: t.from ?? [] })),
})

export const validateDefinition =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const next = asWorkflow(data as Record<string, unknown>)
    const problems = [
      ...definitionProblems(next),
      ...(await namedUserProblems(req, options, next)),
      ...(await sharedCollectionProblems(req, next, originalDoc?.id)),
      ...(await strandedDocumentProblems(req, next)),
    ]
    if (problems.length)
      throw new ValidationError(
        { collection: WORKFLOWS, errors: problems.map((message) => ({ message, path: 'states' })) },
        req.t,
      )
    return data
  }

/** Collections the definition claims that another workflow already governs. */
async function sharedCollectionProblems(
  req: PayloadRequest,
  next: Workflow,
  ownId: unknown,
): Promise<string[]> {
  const others = await req.payload.find({
    collection: WORKFLOWS as 'workflows',
    where: {
      and: [
        { collections: { in: next.collections } },
        ...(ownId ? [{ id: { not_equals: ownId } }] : []),
      ],
    } as Where,
    depth: 0,
    limit: 100,
    req,
    overrideAccess: true,
  })
  return (others.docs as unknown as Workflow[]).flatMap((other) => {
    const shared = other.collections.filter((slug) => next.collections.includes(slug))
    return shared.length
      ? [`${shared.join('、')} 已在流程“${other.name}”中使用：每类内容只能使用一个流程`]
      : []
  })
}

/** Users a transition names must be accounts that may act now (options.activeUser, options.mayAct). */
async function namedUserProblems(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
): Promise<string[]> {
  const idOf = (user: unknown) =>
    String(user && typeof user === 'object' ? (user as { id: unknown }).id : user)
  const named = [...new Set(workflow.transitions.flatMap((t) => (t.users ?? []).map(idOf)))]
  if (!named.length) return []
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    where: { id: { in: named } },
    depth: 0,
    limit: named.length,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const fit = new Set(
    docs
      .filter((user) => options.activeUser(user) && options.mayAct(user))
      .map((user) => String(user.id)),
  )
  return workflow.transitions.flatMap((t) =>
    (t.users ?? [])
      .map(idOf)
      .filter((id) => !fit.has(id))
      .map((id) => {
        const user = docs.find((doc) => String(doc.id) === id) as
          { name?: string; email?: string } | undefined
        return `流转“${t.label}”指定的人员“${user?.name ?? user?.email ?? id}”不能办理审核（账号已停用或没有内容审核相关角色）`
      }),
  )
}

/** Documents of the definition's collections left in stored states it no longer has. */
async function strandedDocumentProblems(req: PayloadRequest, next: Workflow): Promise<string[]> {
  const keys = next.states.map((state) => state.key)
  const problems: string[] = []
  for (const slug of next.collections) {
    for (const state of await strandedStates(req, slug, keys)) {
      problems.push(
        `${slug} 中有 ${state.count} 篇文档处于状态“${state.key}”，新流程中没有该状态：请先把它们移到其他状态（POST /api/workflows/:id/move-documents）`,
      )
    }
  }
  return problems
}

/** Document counts (latest versions, drafts included) in stored states that are not among `keys`. */
async function strandedStates(
  req: PayloadRequest,
  slug: string,
  keys: string[],
): Promise<{ key: string; count: number }[]> {
  const found = await req.payload.find({
    collection: slug as 'articles',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    where: { workflowState: { not_in: keys } },
    select: { workflowState: true } as never,
    req,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const doc of found.docs as { workflowState?: string | null }[]) {
    if (doc.workflowState) counts.set(doc.workflowState, (counts.get(doc.workflowState) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => ({ key, count }))
}
