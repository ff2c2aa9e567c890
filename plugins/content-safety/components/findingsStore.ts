// The latest findings of the document being edited, shared by the sidebar panel (which runs the check) and
// the notes under each field (which show their own).
import { useSyncExternalStore } from 'react'

export type ShownFinding = {
  field: string
  fieldLabel: string
  rule: string
  level: 'block' | 'review' | 'notice'
  found: string
  suggestion?: string | null
  confidence?: number
  offset: number
  length: number
  text: string
  message: string
  key: string
  accepted: boolean
}

type State = { findings: ShownFinding[]; checking: boolean; error: string | null }

// Checking until the first answer: an empty list before it would read as “no problems”.
let state: State = { findings: [], checking: true, error: null }
const listeners = new Set<() => void>()

export function publish(next: Partial<State>): void {
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const useFindings = (): State =>
  useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  )
