// The endpoints each governed collection gains:
//   GET  /api/<collection>/:id/workflow     state, the transitions open to the caller, history, version
//   POST /api/<collection>/:id/transition   { transition, version, comment?, assignees?, at? (schedule publishing) }
//   POST /api/<collection>/:id/schedule/cancel
//   POST /api/<collection>/transition       bulk: { transition, comment?, documents: [{ id, version }] }, each checked
import type { Endpoint } from 'payload'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { bulkTransitionEndpoint } from './bulkTransition.ts'
import { documentWorkflowEndpoint } from './documentWorkflow.ts'
import { cancelScheduleEndpoint, transitionEndpoint } from './transition.ts'

export const collectionEndpoints = (slug: string, options: ResolvedOptions): Endpoint[] => [
  documentWorkflowEndpoint(slug, options),
  transitionEndpoint(slug, options),
  cancelScheduleEndpoint(slug, options),
  bulkTransitionEndpoint(slug, options),
]
