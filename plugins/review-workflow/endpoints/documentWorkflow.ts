// GET /api/<collection>/:id/workflow — the document's workflow as the admin shows it: its state, the
// transitions open to the caller, pending schedules, history (oldest first), version and the versions to diff.
import type { Endpoint, PayloadRequest } from 'payload'
import { findDraftAsRequester } from '../../../cms/lib/draftAsRequester.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import { SCHEDULES } from '../collections/slugs.ts'
import { compareVersions } from '../lib/compareVersions.ts'
import { currentState, type HistoryEntry } from '../lib/definition.ts'
import { documentHistory, ofDocument } from '../lib/history.ts'
import { userNames } from '../lib/userNames.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { answering } from './answering.ts'
import { openTransitions } from './openTransitions.ts'

type Row = Record<string, string | null>

/** Pending schedules and history entries as the panel lists them, actors by name. */
async function entriesOf(
  req: PayloadRequest,
  options: ResolvedOptions,
  history: HistoryEntry[],
  schedules: Row[],
) {
  const actors = await userNames(
    req,
    options,
    [...history, ...schedules].map((entry) => String(entry.actor ?? '')),
  )
  const actor = (entry: Row) => actors.get(String(entry.actor)) ?? null
  return {
    schedules: schedules.map((e) => ({
      action: e.transitionLabel,
      at: e.at,
      actor: actor(e),
      comment: e.comment ?? null,
    })),
    history: [...history].reverse().map((entry) => {
      const e = entry as unknown as Row
      return {
        at: e.createdAt,
        transition: e.transition,
        action: e.transitionLabel,
        from: e.from,
        to: e.to,
        toLabel: e.toLabel,
        actor: actor(e),
        comment: e.comment,
      }
    }),
  }
}

async function workflowView(
  req: PayloadRequest,
  options: ResolvedOptions,
  slug: string,
  id: string,
  doc: Record<string, unknown>,
) {
  const workflow = await workflowOf(req, slug)
  // Newest first, as the workflow's rules read it; shown oldest first.
  const history = await documentHistory(req, slug, id, 200)
  const schedules = await req.payload.find({
    collection: SCHEDULES as 'workflow-schedules',
    where: ofDocument(slug, id, { status: { equals: 'pending' } }),
    depth: 0,
    limit: 10,
    req,
    overrideAccess: true,
  })
  const entries = await entriesOf(req, options, history, schedules.docs as unknown as Row[])
  const state = workflow && currentState(workflow, doc)
  return {
    compare: await compareVersions(req, slug, id),
    workflow: workflow ? { id: workflow.id, name: workflow.name } : null,
    state: state ? { key: state.key, label: state.label, stage: state.stage } : null,
    status: doc._status,
    version: doc.updatedAt,
    dueAt: doc.workflowDueAt ?? null,
    transitions:
      workflow && state
        ? await openTransitions(req, options, workflow, { slug, id, doc, from: state.key, history })
        : [],
    ...entries,
  }
}

export const documentWorkflowEndpoint = (slug: string, options: ResolvedOptions): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: answering(async (req) => {
    const id = String(req.routeParams?.id)
    const doc = await findDraftAsRequester(req, slug, id)
    if (!doc) return problem(404, 'not_found', '文档不存在或您无权查看')
    return Response.json(await workflowView(req, options, slug, id, doc))
  }),
})
