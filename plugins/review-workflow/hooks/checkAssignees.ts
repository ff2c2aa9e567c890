// Assignees changed by any save other than a transition (REST, GraphQL, bulk update, Local API with or
// without a user, restoring a version) go through the transition's own check (transition/assignees.ts).
import type { CollectionBeforeChangeHook } from 'payload'
import { TRANSITION } from '../context.ts'
import { currentState, stateByKey } from '../lib/definition.ts'
import { documentHistory } from '../lib/history.ts'
import { idsOf } from '../lib/ids.ts'
import { workflowOf } from '../lib/workflowOf.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { assertAssignable, invalidAssignees } from '../transition/assignees.ts'

const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id) => b.includes(id))

export const checkAssignees =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection, context }) => {
    if (context[TRANSITION] || !('workflowAssignees' in data)) return data
    const assignees = [...new Set(idsOf(data.workflowAssignees))]
    if (sameIds(assignees, idsOf(originalDoc?.workflowAssignees))) return data
    const workflow = await workflowOf(req, collection.slug)
    if (!workflow) {
      if (assignees.length) throw invalidAssignees('这类内容还没有配置审核流程，不能指定处理人')
      return data
    }
    const state = stateByKey(workflow, String(data.workflowState)) ?? currentState(workflow, data)
    const history = originalDoc?.id
      ? await documentHistory(req, collection.slug, String(originalDoc.id))
      : []
    await assertAssignable(req, options, workflow, state, history, assignees)
    return { ...data, workflowAssignees: assignees }
  }
