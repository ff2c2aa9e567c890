// Keeps a governed document's workflow state right on every save, and serialises saves with transitions on
// the same document.
import type { CollectionBeforeChangeHook } from 'payload'
import { SYSTEM_WRITE, TRANSITION } from '../context.ts'
import { currentState, initialState, isLiveStage } from '../lib/definition.ts'
import { lockDocument } from '../lib/document.ts'
import { workflowOf } from '../lib/workflowOf.ts'

/** Keeps the workflow state right on every save, and serialises saves with transitions on the same document. */
export const trackState: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
  context,
}) => {
  const transition = context[TRANSITION] as { to: string } | undefined
  if (transition) {
    data.workflowState = transition.to
    return data
  }
  const workflow = await workflowOf(req, collection.slug)
  if (!workflow) {
    data.workflowState = originalDoc?.workflowState ?? null
    return data
  }
  if (context[SYSTEM_WRITE] && operation === 'update') {
    data.workflowState = originalDoc.workflowState ?? currentState(workflow, originalDoc).key
    return data
  }
  if (operation === 'create') {
    const seededLive = context[SYSTEM_WRITE] && data._status === 'published'
    data.workflowState = (
      seededLive ? workflow.states.find((s) => s.stage === 'published')! : initialState(workflow)
    ).key
    // A copy starts its own review: nobody assigned, nothing due.
    data.workflowAssignees = []
    data.workflowDueAt = null
    return data
  }
  await lockDocument(req, collection.slug, String(originalDoc.id))
  const state = currentState(workflow, originalDoc)
  // Editing a live or withdrawn document starts a new revision at the beginning of the workflow.
  data.workflowState = isLiveStage(state.stage) ? initialState(workflow).key : state.key
  data.workflowDueAt = originalDoc.workflowDueAt ?? null
  return data
}
