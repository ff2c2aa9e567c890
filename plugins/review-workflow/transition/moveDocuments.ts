// An administrator moves every document of a collection out of one state into another of the same
// workflow (before removing a state, or to release documents stuck in it). The target must be a draft or
// review state: nothing goes live or offline this way. Each document gets a history entry and an audit record.
import type { PayloadRequest } from 'payload'
import { inTransaction } from '../../../cms/lib/db/sql.ts'
import { isLiveStage, stateByKey, type Workflow } from '../lib/definition.ts'
import { lockDocument } from '../lib/document.ts'
import { refuse } from '../lib/refuse.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import { actorOf, type ResolvedOptions } from '../resolveOptions.ts'
import { save } from './save.ts'

export type MoveRequest = {
  workflowId: string
  collection: string
  from: string
  to: string
  comment: string
}

/** The two states of the move, checked: both in the collection's workflow, the target neither live nor withdrawn. */
async function moveStates(req: PayloadRequest, input: MoveRequest) {
  const workflow = await workflowOf(req, input.collection)
  if (!workflow || workflow.id !== input.workflowId)
    throw refuse(400, `${input.collection} 不使用这个流程`, 'wrong_workflow')
  const from = stateByKey(workflow, input.from)
  const to = stateByKey(workflow, input.to)
  if (!from || !to)
    throw refuse(
      400,
      `流程“${workflow.name}”中没有状态“${!from ? input.from : input.to}”`,
      'unknown_state',
    )
  if (isLiveStage(to.stage))
    throw refuse(400, '只能把文档移到草稿或审核中的状态：发布和撤销发布必须通过流转', 'live_target')
  return { workflow: workflow as Workflow, from, to }
}

export function moveDocuments(
  req: PayloadRequest,
  options: ResolvedOptions,
  input: MoveRequest,
): Promise<{ moved: number }> {
  return inTransaction(req, async () => {
    const { workflow, from, to } = await moveStates(req, input)
    const { docs } = await req.payload.find({
      collection: input.collection as 'articles',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      where: { workflowState: { equals: from.key } },
      req,
      overrideAccess: true,
    })
    const actor = actorOf(req, options)
    for (const doc of docs as unknown as (Record<string, unknown> & { id: string })[]) {
      const id = String(doc.id)
      await lockDocument(req, input.collection, id)
      const transition = { key: 'admin-move', label: '管理员移动' }
      const data = { workflowState: to.key }
      const common = { workflow, collection: input.collection, id, doc, from, to, actor }
      await save(req, { ...common, data, transition, comment: input.comment }, options)
    }
    return { moved: docs.length }
  })
}
