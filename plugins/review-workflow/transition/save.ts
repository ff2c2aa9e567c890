// The state change itself: saves the document in its new state (publishing or unpublishing only here, with
// the plugin's TRANSITION context so the publishing guard lets it through), then reports it (effects.ts).
import type { PayloadRequest } from 'payload'
import { TRANSITION, type TransitionContext } from '../context.ts'
import { isLiveStage } from '../lib/definition.ts'
import type { ResolvedOptions } from '../resolveOptions.ts'
import { reportTransition, type SavedDoc } from './effects.ts'
import type { Step } from './types.ts'

export async function save(
  req: PayloadRequest,
  step: Step,
  options: ResolvedOptions,
): Promise<SavedDoc> {
  const { collection, id, from, to, transition, comment } = step
  const event = { collection, id, transition: transition.key, from: from.key, to: to.key, comment }
  const context: TransitionContext = { ...event, toStage: to.stage }
  const saved = (await req.payload.update({
    collection: collection as 'articles',
    id,
    data: step.data,
    draft: !isLiveStage(to.stage),
    depth: 0,
    req,
    overrideAccess: true,
    context: { [TRANSITION]: context },
  })) as unknown as SavedDoc
  await reportTransition(req, options, step, event, saved)
  return saved
}
