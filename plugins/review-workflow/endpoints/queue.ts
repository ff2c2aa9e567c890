// GET /api/workflow-queue — 我的待办: the documents waiting for the caller (by role or as assignee), overdue
// first, then longest waiting.
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { documentTitle } from '../../../cms/lib/documentTitle.ts'
import {
  actorMay,
  availableTransitions,
  currentState,
  stateByKey,
  type Actor,
  type Workflow,
} from '../lib/definition.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import { actorOf, type ResolvedOptions } from '../resolveOptions.ts'
import { answering } from './answering.ts'

type QueueItem = ReturnType<typeof queueItem>

/** Documents of one collection that are assigned to the actor or in a review state they may move on. */
function waitingFor(workflow: Workflow, actor: Actor): Where {
  const mine = workflow.transitions.filter((t) => actorMay(t, actor))
  const states = [...new Set(mine.flatMap((t) => t.from))].filter(
    (key) => stateByKey(workflow, key)?.stage === 'review',
  )
  const or: Where[] = [{ workflowAssignees: { contains: actor.id } }]
  if (states.length) or.push({ workflowState: { in: states } })
  return { or }
}

function queueItem(
  slug: string,
  workflow: Workflow,
  doc: Record<string, unknown>,
  open: { key: string; label: string }[],
  assigned: boolean,
  now: number,
) {
  const state = currentState(workflow, doc)
  const dueAt = (doc.workflowDueAt as string | null | undefined) ?? null
  return {
    collection: slug,
    id: doc.id,
    title: documentTitle(doc),
    state: state.key,
    stateLabel: state.label,
    waitingSince: doc.updatedAt,
    ageHours: Math.floor((now - Date.parse(String(doc.updatedAt))) / 3_600_000),
    dueAt,
    overdue: dueAt !== null && Date.parse(dueAt) < now,
    assigned,
    version: doc.updatedAt,
    transitions: open.map((t) => ({ key: t.key, label: t.label })),
  }
}

async function collectionQueue(
  req: PayloadRequest,
  slug: string,
  actor: Actor,
  now: number,
): Promise<QueueItem[]> {
  const workflow = await workflowOf(req, slug)
  if (!workflow) return []
  const found = await req.payload.find({
    collection: slug as 'articles',
    draft: true,
    depth: 0,
    where: waitingFor(workflow, actor),
    sort: 'updatedAt',
    limit: 200,
    req,
    overrideAccess: false,
  })
  return (found.docs as unknown as Record<string, unknown>[]).flatMap((doc) => {
    const open = availableTransitions(workflow, doc, actor)
    const assigned = ((doc.workflowAssignees as string[] | undefined) ?? [])
      .map(String)
      .includes(actor.id)
    return open.length || assigned ? [queueItem(slug, workflow, doc, open, assigned, now)] : []
  })
}

export const queueEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/workflow-queue',
  method: 'get',
  handler: answering(async (req) => {
    const actor = actorOf(req, options)
    const now = Date.now()
    const items: QueueItem[] = []
    for (const slug of options.collections)
      items.push(...(await collectionQueue(req, slug, actor, now)))
    items.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        String(a.waitingSince).localeCompare(String(b.waitingSince)),
    )
    return Response.json({ docs: items, totalDocs: items.length })
  }),
})
