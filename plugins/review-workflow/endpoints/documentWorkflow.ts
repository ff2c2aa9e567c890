// REST endpoints of the workflow:
//   GET  /api/<collection>/:id/workflow     state, the transitions open to the caller, history, version
//   POST /api/<collection>/:id/transition   { transition, version, comment?, assignees?, at? (schedule publishing) }
//   POST /api/<collection>/:id/schedule/cancel
//   POST /api/<collection>/transition       bulk: { transition, comment?, documents: [{ id, version }] }, each checked
//   GET  /api/workflow-queue                documents waiting for the caller (by role or as assignee)
//   POST /api/workflows/:id/move-documents  administrators: { collection, from, to, comment } (see moveDocuments)
import {
  APIError,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
  type Where,
} from 'payload'
import { z } from 'zod'
import { documentTitle } from '../../cms/lib/documentTitle.ts'
import { parseBody } from '../../cms/lib/http/parseBody.ts'
import { problem } from '../../cms/lib/http/problem.ts'
import {
  actorMay,
  availableTransitions,
  currentState,
  stateByKey,
  type HistoryEntry,
  type RuleFields,
  type Workflow,
} from './definition.ts'
import { documentHistory, ofDocument, SCHEDULES } from './collections.ts'
import { eligibleReviewers } from './notices.ts'
import { actorOf, type ResolvedOptions } from './options.ts'
import { applyTransition, cancelSchedule, isLive, moveDocuments } from './transition.ts'
import { workflowOf } from './workflowOf.ts'

const key = z.string().trim().min(1, '请指定要执行的流转').max(40)
const comment = z.string().max(2000, '意见不能超过 2000 字').nullish()
const version = z
  .string({ error: '缺少文档版本（version，即打开文档时的 updatedAt）' })
  .min(1, '缺少文档版本（version）')
const single = z.object({
  transition: key,
  version,
  comment,
  assignees: z.array(z.string().min(1)).max(20).optional(),
  at: z.string().min(1, '定时时间格式不正确').optional(),
  override: z.boolean().optional(),
})
const move = z.object({
  collection: z.string().min(1, '请指定内容类型 collection'),
  from: z.string().min(1, '请指定原状态 from'),
  to: z.string().min(1, '请指定目标状态 to'),
  comment: z
    .string({ error: '请说明移动原因（comment）' })
    .trim()
    .min(1, '请说明移动原因（comment）')
    .max(2000),
})
const bulk = z.object({
  transition: key,
  comment,
  documents: z
    .array(z.object({ id: z.string().min(1), version }), {
      error: '请提供要流转的文档列表 documents',
    })
    .min(1, '请至少选择一篇文档')
    .max(100, '一次最多流转 100 篇文档'),
})

/** Our endpoints answer errors as { error: { code, message } } with a Chinese message. */
const answering =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!req.user) return problem(401, 'unauthenticated', '请先登录')
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        const data = error.data as { code?: string; details?: unknown } | undefined
        return Response.json(
          {
            error: {
              code: data?.code ?? 'refused',
              message: error.message,
              details: data?.details,
            },
          },
          { status: error.status },
        )
      }
      throw error
    }
  }

export function collectionEndpoints(slug: string, options: ResolvedOptions): Endpoint[] {
  return [
    {
      path: '/:id/workflow',
      method: 'get',
      handler: answering(async (req) => {
        const id = String(req.routeParams?.id)
        const doc = (await req.payload.findByID({
          collection: slug as 'articles',
          id,
          draft: true,
          depth: 0,
          req,
          overrideAccess: false,
          disableErrors: true,
        })) as Record<string, unknown> | null
        if (!doc) return problem(404, 'not_found', '文档不存在或您无权查看')
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
        const actors = await namesOf(
          req,
          options,
          [...history, ...schedules.docs].map((entry) =>
            String((entry as { actor?: unknown }).actor ?? ''),
          ),
        )
        const state = workflow && currentState(workflow, doc)
        return Response.json({
          compare: await comparison(req, slug, id),
          workflow: workflow ? { id: workflow.id, name: workflow.name } : null,
          state: state ? { key: state.key, label: state.label, kind: state.kind } : null,
          status: doc._status,
          version: doc.updatedAt,
          dueAt: doc.workflowDueAt ?? null,
          transitions:
            workflow && state
              ? await transitionsFor(req, options, workflow, slug, id, doc, state.key, history)
              : [],
          schedules: schedules.docs.map((entry) => {
            const e = entry as unknown as Record<string, string>
            return {
              action: e.transitionLabel,
              at: e.at,
              actor: actors.get(String(e.actor)) ?? null,
              comment: e.comment ?? null,
            }
          }),
          history: [...history].reverse().map((entry) => {
            const e = entry as unknown as Record<string, string | null>
            return {
              at: e.createdAt,
              transition: e.transition,
              action: e.transitionLabel,
              from: e.from,
              to: e.to,
              toLabel: e.toLabel,
              actor: actors.get(String(e.actor)) ?? null,
              comment: e.comment,
            }
          }),
        })
      }),
    },
    {
      path: '/:id/transition',
      method: 'post',
      handler: answering(async (req) => {
        const input = await parseBody(req, single)
        if (input instanceof Response) return input
        const result = await applyTransition(req, options, {
          collection: slug,
          id: String(req.routeParams?.id),
          ...input,
        })
        return Response.json(result)
      }),
    },
    {
      path: '/:id/schedule/cancel',
      method: 'post',
      handler: answering(async (req) => {
        await cancelSchedule(req, options, { collection: slug, id: String(req.routeParams?.id) })
        return Response.json({ cancelled: true })
      }),
    },
    {
      path: '/transition',
      method: 'post',
      handler: answering(async (req) => {
        const input = await parseBody(req, bulk)
        if (input instanceof Response) return input
        const results = []
        // One transaction per document: each is checked on its own, one refusal does not undo the others.
        for (const document of input.documents) {
          try {
            const done = await applyTransition(req, options, {
              collection: slug,
              id: document.id,
              version: document.version,
              transition: input.transition,
              comment: input.comment,
            })
            results.push({ ...done, ok: true })
          } catch (error) {
            if (!(error instanceof APIError) || error.status >= 500) throw error
            results.push({
              id: document.id,
              ok: false,
              status: error.status,
              message: error.message,
            })
          }
        }
        return Response.json({ results, failed: results.filter((r) => !r.ok).length })
      }),
    },
  ]
}

export function queueEndpoint(options: ResolvedOptions): Endpoint {
  return {
    path: '/workflow-queue',
    method: 'get',
    handler: answering(async (req) => {
      const actor = actorOf(req, options)
      const now = Date.now()
      const items = []
      for (const slug of options.collections) {
        const workflow = await workflowOf(req, slug)
        if (!workflow) continue
        const mine = workflow.transitions.filter((t) => actorMay(t, actor))
        const states = [...new Set(mine.flatMap((t) => t.from))].filter(
          (key) => stateByKey(workflow, key)?.kind === 'review',
        )
        const or: Where[] = [{ workflowAssignees: { contains: actor.id } }]
        if (states.length) or.push({ workflowState: { in: states } })
        const found = await req.payload.find({
          collection: slug as 'articles',
          draft: true,
          depth: 0,
          where: { or },
          sort: 'updatedAt',
          limit: 200,
          req,
          overrideAccess: false,
        })
        for (const doc of found.docs as unknown as Record<string, unknown>[]) {
          const open = availableTransitions(workflow, doc, actor)
          const assigned = ((doc.workflowAssignees as string[] | undefined) ?? [])
            .map(String)
            .includes(actor.id)
          if (!open.length && !assigned) continue
          const state = currentState(workflow, doc)
          const dueAt = (doc.workflowDueAt as string | null | undefined) ?? null
          items.push({
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
          })
        }
      }
      items.sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          String(a.waitingSince).localeCompare(String(b.waitingSince)),
      )
      return Response.json({ docs: items, totalDocs: items.length })
    }),
  }
}

/**
 * The latest version and the published one it would replace, for the admin's diff view (versionFrom → to);
 * null when nothing is published or the latest version is the published one.
 */
async function comparison(
  req: PayloadRequest,
  slug: string,
  id: string,
): Promise<{ from: string; to: string } | null> {
  const newest = (where: Where) =>
    req.payload.findVersions({
      collection: slug as 'articles',
      where: { and: [{ parent: { equals: id } }, where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
      select: {} as never,
    })
  const [latest, published] = await Promise.all([
    newest({}),
    newest({ 'version._status': { equals: 'published' } }),
  ])
  const to = latest.docs[0]?.id
  const from = published.docs[0]?.id
  return to && from && to !== from ? { from: String(from), to: String(to) } : null
}

/**
 * The transitions open to the caller, each with the people it could assign the next step to (those eligible
 * once the caller has taken it) when it leads to a review state.
 */
async function transitionsFor(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
  slug: string,
  id: string,
  doc: Record<string, unknown>,
  from: string,
  history: Pick<HistoryEntry, RuleFields>[],
) {
  const actor = actorOf(req, options)
  const live = await isLive(req, slug, id)
  return Promise.all(
    availableTransitions(workflow, doc, actor, live).map(async (t) => {
      const to = stateByKey(workflow, t.to)
      const candidates =
        to?.kind === 'review'
          ? await eligibleReviewers(req, options, workflow, t.to, [
              { actor: actor.id, from, transition: t.key },
              ...history,
            ])
          : []
      return {
        key: t.key,
        label: t.label,
        to: t.to,
        toLabel: to?.label,
        toKind: to?.kind,
        commentRequired: Boolean(t.commentRequired),
        candidates,
      }
    }),
  )
}

async function namesOf(
  req: PayloadRequest,
  options: ResolvedOptions,
  ids: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    req,
    overrideAccess: true,
    select: { name: true, email: true } as never,
  })
  return new Map(
    (docs as unknown as { id: string; name?: string; email?: string }[]).map((user) => [
      String(user.id),
      user.name ?? user.email ?? String(user.id),
    ]),
  )
}

export function moveEndpoint(options: ResolvedOptions): Endpoint {
  return {
    path: '/:id/move-documents',
    method: 'post',
    handler: answering(async (req) => {
      if ((await options.manage({ req })) !== true)
        return problem(403, 'forbidden', '只有流程管理员可以移动文档')
      const input = await parseBody(req, move)
      if (input instanceof Response) return input
      return Response.json(
        await moveDocuments(req, options, { workflowId: String(req.routeParams?.id), ...input }),
      )
    }),
  }
}
