// The workflow that governs a collection (at most one), read once per request.
import type { PayloadRequest } from 'payload'
import type { Workflow } from './definition.ts'
import { WORKFLOWS } from '../collections/slugs.ts'

type Stored = Omit<Workflow, 'transitions'> & {
  transitions?:
    (Workflow['transitions'][number] & { users?: (string | { id: string })[] | null })[] | null
}

export async function workflowOf(
  req: PayloadRequest,
  collection: string,
): Promise<Workflow | undefined> {
  const cache = ((req.context.reviewWorkflows as Record<string, Workflow | null> | undefined) ??=
    {})
  if (Object.hasOwn(cache, collection)) return cache[collection] ?? undefined
  const { docs } = await req.payload.find({
    collection: WORKFLOWS as 'workflows',
    where: { collections: { in: [collection] } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const stored = docs[0] as unknown as Stored | undefined
  const workflow = stored && {
    id: String(stored.id),
    name: stored.name,
    collections: stored.collections,
    states: stored.states,
    transitions: (stored.transitions ?? []).map((t) => ({
      ...t,
      users: ((t.users ?? []) as (string | { id: string })[]).map((u) =>
        typeof u === 'object' ? String(u.id) : String(u),
      ),
    })),
  }
  cache[collection] = workflow ?? null
  return workflow
}
