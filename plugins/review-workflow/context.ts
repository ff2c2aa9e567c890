// Keys of `req.context` the plugin reads: who is writing, and which transition is being applied.
import type { WorkflowEvent } from './types.ts'

/** Server code that writes documents outside any request (demo seed, imports) says so with this context key. */
export const SYSTEM_WRITE = 'reviewWorkflowSystemWrite'
/** Set by the scheduler while it applies a scheduled transition (the one a pending schedule may take). */
export const SCHEDULED_RUN = 'reviewWorkflowScheduledRun'
/**
 * Set by the plugin itself while it applies a transition: `req.context[TRANSITION]` is a TransitionContext.
 * Private to the plugin; the host learns of transitions through `afterTransition`.
 */
export const TRANSITION = 'reviewWorkflowTransition'
/** The transition being applied, with the stage of its target (a withdrawal, a publication, or neither). */
export type TransitionContext = WorkflowEvent & { toStage: string }
